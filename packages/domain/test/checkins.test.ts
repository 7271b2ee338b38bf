import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  checkinDueDate,
  checkinWeekFor,
  checkinWeeks,
  programWeekOf,
  weekdayOf,
  type CheckinSchedule,
} from '../src';

// 2026-11-02 is a Monday.
const monday: CheckinSchedule = {
  startDate: '2026-11-02',
  weeks: 4,
  endedOn: null,
  checkinWeekday: null,
};
const none = new Map<number, { reviewed: boolean }>();

describe('program weeks', () => {
  it('counts seven-day weeks from the start', () => {
    expect(programWeekOf('2026-11-02', '2026-11-02')).toBe(1);
    expect(programWeekOf('2026-11-02', '2026-11-08')).toBe(1);
    expect(programWeekOf('2026-11-02', '2026-11-09')).toBe(2);
    expect(programWeekOf('2026-11-02', '2026-11-01')).toBe(0);
  });

  it('gives no week outside the program', () => {
    expect(checkinWeekFor(monday, '2026-11-01')).toBeNull();
    expect(checkinWeekFor(monday, '2026-11-29')).toBe(4);
    expect(checkinWeekFor(monday, '2026-11-30')).toBeNull();
    expect(checkinWeekFor({ ...monday, endedOn: '2026-11-10' }, '2026-11-11')).toBeNull();
  });
});

describe('check-in day', () => {
  it('is the start weekday by default', () => {
    expect(checkinDueDate(monday, 1)).toBe('2026-11-02');
    expect(checkinDueDate(monday, 3)).toBe('2026-11-16');
  });

  it('is the chosen weekday inside each week', () => {
    const friday = { ...monday, checkinWeekday: 5 };
    expect(checkinDueDate(friday, 1)).toBe('2026-11-06');
    expect(checkinDueDate(friday, 2)).toBe('2026-11-13');
    const sunday = { ...monday, checkinWeekday: 0 };
    expect(checkinDueDate(sunday, 1)).toBe('2026-11-08');
  });

  it('always falls inside its week, on the chosen weekday', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 52 }),
        (offset, weekday, week) => {
          const schedule = {
            startDate: addDays('2020-01-01', offset),
            weeks: 52,
            endedOn: null,
            checkinWeekday: weekday,
          };
          const due = checkinDueDate(schedule, week);
          expect(weekdayOf(due)).toBe(weekday);
          expect(programWeekOf(schedule.startDate, due)).toBe(week);
        },
      ),
    );
  });
});

describe('weekly statuses', () => {
  const friday = { ...monday, checkinWeekday: 5 };

  it('is upcoming before the day, due from it to the week end, then missed', () => {
    expect(checkinWeeks(friday, '2026-11-05', none)).toEqual([
      { week: 1, dueDate: '2026-11-06', status: 'upcoming' },
    ]);
    expect(checkinWeeks(friday, '2026-11-06', none)[0]!.status).toBe('due');
    expect(checkinWeeks(friday, '2026-11-08', none)[0]!.status).toBe('due');
    expect(checkinWeeks(friday, '2026-11-09', none).map((w) => w.status)).toEqual([
      'missed',
      'upcoming',
    ]);
  });

  it('shows submitted weeks as waiting or reviewed', () => {
    const done = new Map([
      [1, { reviewed: true }],
      [2, { reviewed: false }],
    ]);
    expect(checkinWeeks(monday, '2026-11-20', done).map((w) => w.status)).toEqual([
      'reviewed',
      'waiting',
      'due',
    ]);
  });

  it('lists no week after the program ends, nor one whose day comes after an early end', () => {
    expect(checkinWeeks(monday, '2027-01-01', none)).toHaveLength(4);
    const ended = { ...friday, endedOn: '2026-11-11' };
    expect(checkinWeeks(ended, '2026-11-20', none)).toEqual([
      { week: 1, dueDate: '2026-11-06', status: 'missed' },
    ]);
  });

  it('lists nothing before the start', () => {
    expect(checkinWeeks(monday, '2026-11-01', none)).toEqual([]);
  });
});
