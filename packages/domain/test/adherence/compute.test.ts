import { describe, expect, it } from 'vitest';
import { computeAdherence, weeklyAdherence } from '../../src';
import { cardio, day, goodDay, hiit, makeAssignment, strength } from './fixtures';

// Monday 3 March 2025, four weeks: 3–30 March.
const assignment = makeAssignment();

/** A week that meets every target: 3 strength, 4 cardio, 2 HIIT, 7 good days, no treats. */
function perfectWeek(monday: string) {
  const [y, m, d] = monday.split('-').map(Number) as [number, number, number];
  const date = (i: number) => new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10);
  return {
    days: [0, 1, 2, 3, 4, 5, 6].map((i) => goodDay(date(i))),
    workouts: [
      strength(date(0)),
      strength(date(2)),
      strength(date(4)),
      ...[0, 1, 3, 5].map((i) => cardio(date(i), 30)),
      hiit(date(1), 15),
      hiit(date(6), 20),
    ],
  };
}

describe('computeAdherence', () => {
  it('scores the whole assignment to date by default', () => {
    const { days, workouts } = perfectWeek('2025-03-03');
    const result = computeAdherence({ assignment, days, workouts, today: '2025-03-09' });
    expect(result.range).toEqual({ from: '2025-03-03', to: '2025-03-09' });
    expect(result.scores.overall).toBe(1);
  });

  it('counts the unlogged days that are over as misses', () => {
    const { days, workouts } = perfectWeek('2025-03-03');
    const result = computeAdherence({ assignment, days, workouts, today: '2025-03-17' });
    expect(result.counts.countedDays).toBe(14);
    expect(result.scores).toEqual({
      strength: 0.5,
      cardio: 0.5,
      hiit: 0.5,
      calories: 0.5,
      food: 0.5,
      treats: 0.5,
      overall: 0.5,
    });
  });

  it('ignores logs after today, before the start and after the end', () => {
    const result = computeAdherence({
      assignment: makeAssignment({ weeks: 1 }),
      days: [
        goodDay('2025-03-02'),
        goodDay('2025-03-04'),
        goodDay('2025-03-06'),
        goodDay('2025-03-10'),
      ],
      workouts: [strength('2025-03-02'), strength('2025-03-06'), strength('2025-03-10')],
      today: '2025-03-05',
    });
    // 5 March is today with nothing logged for it: not due yet.
    expect(result.range).toEqual({ from: '2025-03-03', to: '2025-03-04' });
    expect(result.counts).toMatchObject({
      countedDays: 2,
      loggedDays: 1,
      calorieDays: 1,
      strengthSessions: 0,
      lastLoggedDate: '2025-03-04',
    });
  });

  it('stops counting on the day an assignment was ended early', () => {
    const ended = makeAssignment({ endedOn: '2025-03-05' });
    const result = computeAdherence({
      assignment: ended,
      days: [goodDay('2025-03-05'), goodDay('2025-03-06')],
      workouts: [],
      today: '2025-03-20',
    });
    expect(result.range).toEqual({ from: '2025-03-03', to: '2025-03-05' });
    expect(result.counts).toMatchObject({ countedDays: 3, calorieDays: 1 });
    expect(result.scores.calories).toBeCloseTo(1 / 3, 12);
  });

  it('clips a requested range and returns null scores when nothing counts', () => {
    const partial = computeAdherence({
      assignment,
      days: [],
      workouts: [],
      from: '2025-02-24',
      to: '2025-03-04',
      today: '2025-03-20',
    });
    expect(partial.range).toEqual({ from: '2025-03-03', to: '2025-03-04' });
    expect(partial.scores.overall).toBe(0);

    const before = computeAdherence({
      assignment,
      days: [goodDay('2025-02-25')],
      workouts: [],
      from: '2025-02-24',
      to: '2025-03-02',
      today: '2025-03-20',
    });
    expect(before).toEqual({
      range: null,
      counts: expect.objectContaining({ countedDays: 0, loggedDays: 0 }),
      scores: {
        strength: null,
        cardio: null,
        hiit: null,
        calories: null,
        food: null,
        treats: null,
        overall: null,
      },
    });

    const notStarted = computeAdherence({
      assignment,
      days: [],
      workouts: [],
      today: '2025-03-02',
    });
    expect(notStarted.range).toBeNull();
  });

  it('counts today once something is logged for it, not before', () => {
    const before = computeAdherence({
      assignment,
      days: [goodDay('2025-03-03')],
      workouts: [],
      today: '2025-03-04',
    });
    expect(before.range).toEqual({ from: '2025-03-03', to: '2025-03-03' });
    expect(before.scores.calories).toBe(1);

    const logged = computeAdherence({
      assignment,
      days: [goodDay('2025-03-03'), day('2025-03-04', { calories: 2500 })],
      workouts: [],
      today: '2025-03-04',
    });
    expect(logged.range).toEqual({ from: '2025-03-03', to: '2025-03-04' });
    expect(logged.scores.calories).toBe(0.5);

    const workout = computeAdherence({
      assignment,
      days: [goodDay('2025-03-03')],
      workouts: [cardio('2025-03-04', 40)],
      today: '2025-03-04',
    });
    expect(workout.counts.countedDays).toBe(2);
  });

  it('reads "no data yet" while settling in with nothing logged, then scores the days that are over', () => {
    const empty = { assignment, days: [], workouts: [] };
    for (const today of ['2025-03-03', '2025-03-04', '2025-03-05']) {
      const result = computeAdherence({ ...empty, today });
      expect(result.scores.overall).toBeNull();
    }
    // Three full days (3, 4 and 5 March) are over: they are misses now.
    const settled = computeAdherence({ ...empty, today: '2025-03-06' });
    expect(settled.counts.countedDays).toBe(3);
    expect(settled.scores.overall).toBe(0);
    // Something logged while settling in is scored at once, with the days that are over.
    const early = computeAdherence({
      ...empty,
      days: [goodDay('2025-03-04')],
      today: '2025-03-04',
    });
    expect(early.counts.countedDays).toBe(2);
    expect(early.scores.calories).toBe(0.5);
  });

  it('mixes steps into overall', () => {
    // One day (3 March) logged in a 7-day week: 1 strength (1/3), no cardio, 1 HIIT (1/2),
    // 1 calorie day (1/7), 0 food days (no protein at one meal), treats 1 ≤ 2 but 1/7 logged.
    const result = computeAdherence({
      assignment,
      days: [
        day('2025-03-03', {
          calories: 1700,
          meals: 3,
          proteinMeals: 2,
          fatServings: 3,
          vegServings: 3,
          treats: 1,
        }),
      ],
      workouts: [strength('2025-03-03'), hiit('2025-03-03', 18)],
      today: '2025-03-10',
    });
    const expected = [1 / 3, 0, 1 / 2, 1 / 7, 0, 1 / 7];
    expect(result.scores.overall).toBeCloseTo(expected.reduce((a, b) => a + b) / 6, 12);
  });
});

describe('weeklyAdherence', () => {
  it('lists the weeks begun by today, the current one "so far", clipped to the days that are over', () => {
    const first = perfectWeek('2025-03-03');
    const weeks = weeklyAdherence({
      assignment,
      days: first.days,
      workouts: first.workouts,
      today: '2025-03-12',
    });
    expect(weeks.map((w) => [w.week, w.startDate, w.endDate, w.range])).toEqual([
      [1, '2025-03-03', '2025-03-09', { from: '2025-03-03', to: '2025-03-09' }],
      [2, '2025-03-10', '2025-03-16', { from: '2025-03-10', to: '2025-03-11' }],
    ]);
    expect(weeks.map((w) => w.soFar)).toEqual([false, true]);
    expect(weeks[0]?.scores.overall).toBe(1);
    expect(weeks[1]?.scores.overall).toBe(0);
  });

  it('lists every week once the assignment is over, and no more', () => {
    const weeks = weeklyAdherence({ assignment, days: [], workouts: [], today: '2025-06-01' });
    expect(weeks.map((w) => w.week)).toEqual([1, 2, 3, 4]);
    expect(weeks.every((w) => w.counts.countedDays === 7)).toBe(true);
  });

  it('stops at an early end, clipping that week', () => {
    const weeks = weeklyAdherence({
      assignment: makeAssignment({ endedOn: '2025-03-12' }),
      days: [],
      workouts: [],
      today: '2025-06-01',
    });
    expect(weeks.map((w) => w.range)).toEqual([
      { from: '2025-03-03', to: '2025-03-09' },
      { from: '2025-03-10', to: '2025-03-12' },
    ]);
  });

  it('is empty before the start', () => {
    expect(weeklyAdherence({ assignment, days: [], workouts: [], today: '2025-03-02' })).toEqual(
      [],
    );
  });

  it('gives the first week alone on the start day', () => {
    const weeks = weeklyAdherence({ assignment, days: [], workouts: [], today: '2025-03-03' });
    expect(weeks).toHaveLength(1);
    // Nothing is due yet: no day counts and the week reads "no data yet", not 0 %.
    expect(weeks[0]?.counts.countedDays).toBe(0);
    expect(weeks[0]?.scores.overall).toBeNull();
    expect(weeks[0]?.soFar).toBe(true);
  });
});
