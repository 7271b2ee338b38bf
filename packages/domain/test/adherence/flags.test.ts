import { describe, expect, it } from 'vitest';
import {
  addDays,
  adherenceFlags,
  assignmentEndDate,
  countStepDays,
  flagsFromCounts,
  lastDaysRange,
  scoreStepCounts,
} from '../../src';
import type { DayFact, WorkoutFact } from '../../src';
import { cardio, day, goodDay, hiit, makeAssignment, strength } from './fixtures';

// Started Monday 3 March 2025, four weeks.
const assignment = makeAssignment();
const today = '2025-03-20';

function flags(days: DayFact[], workouts: WorkoutFact[] = [], at = today, a = assignment) {
  return adherenceFlags({ assignment: a, days, workouts, today: at });
}

/** The last 7 days (14–20 March) fully on target. */
const goodWeek = {
  days: ['14', '15', '16', '17', '18', '19', '20'].map((d) => goodDay(`2025-03-${d}`)),
  workouts: [
    strength('2025-03-14'),
    strength('2025-03-16'),
    strength('2025-03-18'),
    ...['14', '15', '17', '19'].map((d) => cardio(`2025-03-${d}`, 30)),
    hiit('2025-03-15', 15),
    hiit('2025-03-19', 15),
  ],
};

describe('behind', () => {
  it('is off when the last 7 days are on target', () => {
    expect(flags(goodWeek.days, goodWeek.workouts)).toEqual({
      behind: false,
      silent: false,
      underFloor: false,
    });
  });

  it('is on when overall is under 60 % over the last 7 days', () => {
    expect(flags([goodDay(today)]).behind).toBe(true);
  });

  it('ignores older weeks: a perfect earlier week does not hide a bad last week', () => {
    const earlierDays = goodWeek.days.map((d) => ({ ...d, date: addDays(d.date, -7) }));
    const earlierWorkouts = goodWeek.workouts.map((w) => ({ ...w, date: addDays(w.date, -7) }));
    expect(flags([...earlierDays, goodDay(today)], earlierWorkouts).behind).toBe(true);
  });

  it('sits at the 60 % threshold: exactly 0.6 is not behind', () => {
    const counts = countStepDays({
      days: [],
      workouts: [],
      targets: assignment.targets,
      range: { from: '2025-03-14', to: today },
    });
    expect(
      flagsFromCounts(
        counts,
        { ...scoreStepCounts(counts, assignment.targets), overall: 0.6 },
        today,
        assignment.startDate,
      ).behind,
    ).toBe(false);
    expect(
      flagsFromCounts(
        counts,
        { ...scoreStepCounts(counts, assignment.targets), overall: 0.599 },
        today,
        assignment.startDate,
      ).behind,
    ).toBe(true);
  });

  it('is off when nothing counts yet', () => {
    expect(flags([], [], '2025-03-01').behind).toBe(false);
  });
});

describe('silent', () => {
  it('is on after three days with no log of any kind', () => {
    expect(flags([goodDay('2025-03-17')]).silent).toBe(true);
    expect(flags([], []).silent).toBe(true);
  });

  it('is off when something was logged today, yesterday or the day before', () => {
    expect(flags([goodDay('2025-03-18')]).silent).toBe(false);
    expect(flags([day(today)]).silent).toBe(false);
    expect(flags([], [cardio('2025-03-19', 10)]).silent).toBe(false);
  });

  it('ignores logs dated after today', () => {
    expect(flags([goodDay('2025-03-21')]).silent).toBe(true);
  });

  it('waits until the assignment is three days old', () => {
    expect(flags([], [], '2025-03-05').silent).toBe(false);
    expect(flags([], [], '2025-03-06').silent).toBe(true);
  });

  it('is off once the assignment is over', () => {
    expect(flags([], [], '2025-04-05').silent).toBe(false);
    expect(flags([], [], today, makeAssignment({ endedOn: '2025-03-15' })).silent).toBe(false);
    expect(flags([], [], '2025-03-30').silent).toBe(true);
  });
});

describe('underFloor', () => {
  it('is on with intake under the floor on 2 of the last 7 days', () => {
    expect(
      flags([day('2025-03-14', { calories: 1100 }), day(today, { calories: 1299 })]).underFloor,
    ).toBe(true);
  });

  it('is off with a single day under the floor', () => {
    expect(
      flags([day('2025-03-15', { calories: 1100 }), day(today, { calories: 1300 })]).underFloor,
    ).toBe(false);
  });

  it('only looks at the last 7 days', () => {
    expect(
      flags([day('2025-03-13', { calories: 1100 }), day(today, { calories: 1000 })]).underFloor,
    ).toBe(false);
  });

  it('does not treat a day without intake as under the floor', () => {
    expect(flags([day('2025-03-14'), day('2025-03-15', { meals: 3 })]).underFloor).toBe(false);
  });
});

describe('flagsFromCounts', () => {
  it('gives the same flags from counts as adherenceFlags from facts', () => {
    const scenarios: Array<[DayFact[], WorkoutFact[], string]> = [
      [goodWeek.days, goodWeek.workouts, today],
      [[day('2025-03-14', { calories: 900 }), day('2025-03-16', { calories: 800 })], [], today],
      [[goodDay('2025-03-04')], [strength('2025-03-05')], '2025-03-06'],
      [[], [], '2025-03-04'],
    ];
    for (const [days, workouts, at] of scenarios) {
      const endDate = assignmentEndDate(assignment);
      const range = lastDaysRange({ startDate: assignment.startDate, endDate, today: at, days: 7 });
      expect(range).not.toBeNull();
      const counts = countStepDays({ days, workouts, targets: assignment.targets, range: range! });
      expect(
        flagsFromCounts(
          counts,
          scoreStepCounts(counts, assignment.targets),
          at,
          assignment.startDate,
          endDate,
        ),
      ).toEqual(flags(days, workouts, at));
    }
  });
});
