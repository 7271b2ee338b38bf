import { describe, expect, it } from 'vitest';
import { glanceAtDay } from '../src';
import { cardio, day, goodDay, hiit, makeTargets, strength } from './adherence/fixtures';

// Week of Monday 3 March 2025; targets: 3 strength, 4 cardio (30 min), 2 HIIT (15 min), 1,800 kcal.
const weekStart = '2025-03-03';
const targets = makeTargets();

describe('glanceAtDay', () => {
  it("counts the week up to the day shown and the day's own numbers", () => {
    const glance = glanceAtDay({
      date: '2025-03-05',
      weekStart,
      targets,
      days: [
        goodDay('2025-03-03'),
        day('2025-03-04', { calories: 2100 }),
        goodDay('2025-03-05', { calories: 1420 }),
        goodDay('2025-03-06'),
      ],
      workouts: [
        strength('2025-03-03'),
        strength('2025-03-05'),
        cardio('2025-03-04', 30),
        cardio('2025-03-06', 40),
      ],
    });
    expect(glance.day.calories).toEqual({ eaten: 1420, target: 1800, floor: 1300 });
    expect(glance.day.strengthDone).toBe(true);
    expect(glance.week.strength).toEqual({ done: 2, target: 3 });
    // The 6th is after the day shown: not counted yet.
    expect(glance.week.cardio).toEqual({ done: 1, target: 4 });
    expect(glance.week.calorieDays).toEqual({ done: 2, of: 3 });
  });

  it('the next thing is the first workout step short this week and not done that day', () => {
    const base = { date: '2025-03-05', weekStart, targets, days: [] };
    expect(glanceAtDay({ ...base, workouts: [] }).next).toEqual({
      kind: 'strength',
      doneThisWeek: 0,
      target: 3,
    });
    expect(glanceAtDay({ ...base, workouts: [strength('2025-03-05')] }).next).toEqual({
      kind: 'cardio',
      doneThisWeek: 0,
      target: 4,
    });
    const allDone = [strength('2025-03-05'), cardio('2025-03-05', 30), hiit('2025-03-05', 15)];
    expect(glanceAtDay({ ...base, workouts: allDone }).next).toEqual({ kind: 'log-food' });
    expect(glanceAtDay({ ...base, days: [goodDay('2025-03-05')], workouts: allDone }).next).toEqual(
      { kind: 'done' },
    );
  });

  it('a step already met this week is not asked for again', () => {
    const glance = glanceAtDay({
      date: '2025-03-06',
      weekStart,
      targets: makeTargets({ strength: { sessionsPerWeek: 1, minSessionsPerWeek: 1 } }),
      days: [],
      workouts: [strength('2025-03-03')],
    });
    expect(glance.week.strength).toEqual({ done: 1, target: 1 });
    expect(glance.next.kind).toBe('cardio');
  });
});
