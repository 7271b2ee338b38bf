import { describe, expect, it } from 'vitest';
import { assignmentEndDate, countedRange, lastDaysRange } from '../../src';

describe('assignmentEndDate', () => {
  it('is the last day of the final week', () => {
    expect(assignmentEndDate({ startDate: '2025-03-03', weeks: 1, endedOn: null })).toBe(
      '2025-03-09',
    );
    expect(assignmentEndDate({ startDate: '2025-03-03', weeks: 12, endedOn: null })).toBe(
      '2025-05-25',
    );
  });

  it('is the day a coach ended it, when earlier', () => {
    expect(assignmentEndDate({ startDate: '2025-03-03', weeks: 12, endedOn: '2025-03-20' })).toBe(
      '2025-03-20',
    );
  });

  it('is never stretched by an end recorded after the planned end', () => {
    expect(assignmentEndDate({ startDate: '2025-03-03', weeks: 1, endedOn: '2025-04-01' })).toBe(
      '2025-03-09',
    );
  });
});

describe('countedRange', () => {
  const assignment = { startDate: '2025-03-03', endDate: '2025-03-30' };

  it('keeps a range inside the assignment and before today', () => {
    expect(
      countedRange({ ...assignment, from: '2025-03-10', to: '2025-03-16', today: '2025-03-20' }),
    ).toEqual({ from: '2025-03-10', to: '2025-03-16' });
  });

  it('drops the days before the start', () => {
    expect(
      countedRange({ ...assignment, from: '2025-02-20', to: '2025-03-05', today: '2025-03-20' }),
    ).toEqual({ from: '2025-03-03', to: '2025-03-05' });
  });

  it('drops the days after the end', () => {
    expect(
      countedRange({ ...assignment, from: '2025-03-25', to: '2025-04-10', today: '2025-05-01' }),
    ).toEqual({ from: '2025-03-25', to: '2025-03-30' });
  });

  it('drops the days after today, keeping today', () => {
    expect(
      countedRange({ ...assignment, from: '2025-03-10', to: '2025-03-16', today: '2025-03-12' }),
    ).toEqual({ from: '2025-03-10', to: '2025-03-12' });
    expect(
      countedRange({ ...assignment, from: '2025-03-12', to: '2025-03-16', today: '2025-03-12' }),
    ).toEqual({ from: '2025-03-12', to: '2025-03-12' });
  });

  it('is null when nothing is left', () => {
    expect(
      countedRange({ ...assignment, from: '2025-02-01', to: '2025-03-02', today: '2025-03-20' }),
    ).toBeNull();
    expect(
      countedRange({ ...assignment, from: '2025-03-31', to: '2025-04-06', today: '2025-05-01' }),
    ).toBeNull();
    expect(
      countedRange({ ...assignment, from: '2025-03-10', to: '2025-03-16', today: '2025-03-09' }),
    ).toBeNull();
    expect(
      countedRange({ ...assignment, from: '2025-03-10', to: '2025-03-16', today: '2025-03-01' }),
    ).toBeNull();
    expect(
      countedRange({ ...assignment, from: '2025-03-16', to: '2025-03-10', today: '2025-05-01' }),
    ).toBeNull();
  });
});

describe('lastDaysRange', () => {
  const assignment = { startDate: '2025-03-03', endDate: '2025-03-30' };

  it('is the last 7 days including today', () => {
    expect(lastDaysRange({ ...assignment, today: '2025-03-20', days: 7 })).toEqual({
      from: '2025-03-14',
      to: '2025-03-20',
    });
    expect(lastDaysRange({ ...assignment, today: '2025-03-29', days: 28 })).toEqual({
      from: '2025-03-03',
      to: '2025-03-29',
    });
  });

  it('is clipped to the assignment', () => {
    expect(lastDaysRange({ ...assignment, today: '2025-03-05', days: 7 })).toEqual({
      from: '2025-03-03',
      to: '2025-03-05',
    });
    expect(lastDaysRange({ ...assignment, today: '2025-04-02', days: 7 })).toEqual({
      from: '2025-03-27',
      to: '2025-03-30',
    });
    expect(lastDaysRange({ ...assignment, today: '2025-04-10', days: 7 })).toBeNull();
  });
});
