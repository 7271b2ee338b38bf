import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  daysBetween,
  eachDay,
  isIsoDate,
  isoDateInTimeZone,
  isoDateSchema,
  maxDate,
  minDate,
  weekdayOf,
} from '../src';

describe('isoDateSchema', () => {
  it.each(['2025-01-31', '2024-02-29', '2000-01-01', '2100-12-31'])('accepts %s', (d) => {
    expect(isoDateSchema.parse(d)).toBe(d);
  });

  it.each([
    ['2025-02-30', 'not a real calendar date'],
    ['2023-02-29', 'not a real calendar date'],
    ['2025-13-01', 'not a real calendar date'],
    ['2025-00-10', 'not a real calendar date'],
    ['2025-1-5', 'YYYY-MM-DD'],
    ['2025-01-05T00:00:00Z', 'YYYY-MM-DD'],
    ['', 'YYYY-MM-DD'],
    ['1999-12-31', 'between 2000 and 2100'],
    ['2101-01-01', 'between 2000 and 2100'],
  ])('refuses %s naming the problem', (d, message) => {
    const result = isoDateSchema.safeParse(d);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });

  it('refuses non-strings', () => {
    expect(isoDateSchema.safeParse(20250101).error?.issues[0]?.message).toContain('YYYY-MM-DD');
  });
});

describe('date arithmetic', () => {
  it('adds days across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2025-03-30', 0)).toBe('2025-03-30');
  });

  it('ignores daylight-saving changes (UTC arithmetic)', () => {
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
  });

  it('refuses invalid input loudly', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2025-02-01', 1.5)).toThrow(RangeError);
    expect(() => daysBetween('nope', '2025-01-01')).toThrow(RangeError);
  });

  it('measures to - from', () => {
    expect(daysBetween('2025-01-01', '2025-01-08')).toBe(7);
    expect(daysBetween('2025-01-08', '2025-01-01')).toBe(-7);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('lists each day inclusively', () => {
    expect(eachDay('2024-02-27', '2024-03-01')).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
    expect(eachDay('2025-01-01', '2025-01-01')).toEqual(['2025-01-01']);
    expect(eachDay('2025-01-02', '2025-01-01')).toEqual([]);
  });

  it('picks min and max', () => {
    expect(minDate('2025-03-01', '2025-01-31', '2025-02-15')).toBe('2025-01-31');
    expect(maxDate('2025-03-01', '2025-01-31', '2025-12-15')).toBe('2025-12-15');
    expect(minDate('2025-03-01')).toBe('2025-03-01');
  });

  it('knows the weekday (0 = Sunday)', () => {
    expect(weekdayOf('2025-01-05')).toBe(0);
    expect(weekdayOf('2025-01-06')).toBe(1);
    expect(weekdayOf('2024-02-29')).toBe(4);
  });

  it('finds the date of an instant in a time zone', () => {
    const instant = new Date('2025-01-01T02:30:00Z');
    expect(isoDateInTimeZone(instant, 'UTC')).toBe('2025-01-01');
    expect(isoDateInTimeZone(instant, 'America/New_York')).toBe('2024-12-31');
    expect(isoDateInTimeZone(new Date('2025-01-01T23:30:00Z'), 'Asia/Tokyo')).toBe('2025-01-02');
  });

  const dateArb = fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it('addDays and daysBetween are inverses (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const moved = addDays(d, n);
        expect(isIsoDate(moved)).toBe(true);
        expect(daysBetween(d, moved)).toBe(n);
        expect(addDays(moved, -n)).toBe(d);
      }),
    );
  });

  it('string order is date order (property)', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (a, b) => {
        const d = daysBetween(a, b);
        expect(d > 0).toBe(a < b);
        expect(d < 0).toBe(a > b);
      }),
    );
  });
});
