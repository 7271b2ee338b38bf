import { describe, expect, it } from 'vitest';
import type { StepCounts } from '../../src';
import { countStepDays, EMPTY_STEP_COUNTS, scoreStepCounts } from '../../src';
import {
  cardio,
  day,
  EXERCISE_A,
  EXERCISE_OTHER,
  goodDay,
  hiit,
  makeTargets,
  strength,
} from './fixtures';

const targets = makeTargets();
const week = { from: '2025-03-03', to: '2025-03-09' };

function counts(fields: Partial<StepCounts>): StepCounts {
  return { ...EMPTY_STEP_COUNTS, ...fields };
}

describe('countStepDays', () => {
  it('counts each step day by day and ignores facts outside the range', () => {
    const result = countStepDays({
      targets,
      range: week,
      days: [
        goodDay('2025-03-02', { treats: 5 }), // before the range
        goodDay('2025-03-03', { treats: 1 }),
        day('2025-03-04', { calories: 1200 }),
        day('2025-03-05', { calories: 900, meals: 2, proteinMeals: 1 }),
        goodDay('2025-03-10', { calories: 100 }), // after the range
      ],
      workouts: [
        strength('2025-03-03'),
        strength('2025-03-03', EXERCISE_OTHER),
        strength('2025-03-06', EXERCISE_OTHER), // not prescribed: logged but no session
        cardio('2025-03-06', 20),
        cardio('2025-03-06', 10),
        hiit('2025-03-07', 16),
        strength('2025-03-10'), // after the range
      ],
    });
    expect(result).toEqual({
      countedDays: 7,
      loggedDays: 5,
      strengthSessions: 1,
      cardioDays: 1,
      hiitDays: 1,
      calorieDays: 1,
      foodDays: 1,
      treats: 1,
      underFloorDays: 2,
      lastLoggedDate: '2025-03-07',
    });
  });

  it('counts a day with only a workout as logged', () => {
    const result = countStepDays({
      targets,
      range: week,
      days: [],
      workouts: [cardio('2025-03-09', 5)],
    });
    expect(result).toMatchObject({ loggedDays: 1, cardioDays: 0, lastLoggedDate: '2025-03-09' });
  });

  it('returns zeros, not nulls, for a range with no logs', () => {
    expect(countStepDays({ targets, range: week, days: [], workouts: [] })).toEqual(
      counts({ countedDays: 7 }),
    );
  });

  it('uses the last fact when a date repeats', () => {
    const result = countStepDays({
      targets,
      range: week,
      days: [day('2025-03-04', { calories: 900 }), goodDay('2025-03-04')],
      workouts: [],
    });
    expect(result).toMatchObject({ loggedDays: 1, calorieDays: 1, underFloorDays: 0 });
  });

  it('counts an inverted range as empty', () => {
    expect(
      countStepDays({
        targets,
        range: { from: '2025-03-09', to: '2025-03-03' },
        days: [goodDay('2025-03-05')],
        workouts: [],
      }),
    ).toEqual(counts({}));
  });
});

describe('scoreStepCounts', () => {
  it('scores a perfect week 1 everywhere', () => {
    const perfect = counts({
      countedDays: 7,
      loggedDays: 7,
      strengthSessions: 3,
      cardioDays: 4,
      hiitDays: 2,
      calorieDays: 7,
      foodDays: 7,
      treats: 2,
    });
    expect(scoreStepCounts(perfect, targets)).toEqual({
      strength: 1,
      cardio: 1,
      hiit: 1,
      calories: 1,
      food: 1,
      treats: 1,
      overall: 1,
    });
  });

  it('scores a week with no logs 0 everywhere, not null', () => {
    expect(scoreStepCounts(counts({ countedDays: 7 }), targets)).toEqual({
      strength: 0,
      cardio: 0,
      hiit: 0,
      calories: 0,
      food: 0,
      treats: 0,
      overall: 0,
    });
  });

  it('scores null everywhere when no day counts', () => {
    expect(scoreStepCounts(counts({}), targets)).toEqual({
      strength: null,
      cardio: null,
      hiit: null,
      calories: null,
      food: null,
      treats: null,
      overall: null,
    });
  });

  it('divides sessions by the weekly target and caps at 1', () => {
    const s = scoreStepCounts(
      counts({ countedDays: 7, strengthSessions: 2, cardioDays: 6, hiitDays: 1 }),
      targets,
    );
    expect(s.strength).toBeCloseTo(2 / 3, 12);
    expect(s.cardio).toBe(1);
    expect(s.hiit).toBe(0.5);
  });

  it('pro-rates weekly targets to the range', () => {
    // 3 counted days: 3 sessions a week × 3/7 = 9/7 expected; 1 done → 7/9.
    const s = scoreStepCounts(
      counts({
        countedDays: 3,
        loggedDays: 3,
        strengthSessions: 1,
        cardioDays: 1,
        hiitDays: 1,
        treats: 1,
      }),
      targets,
    );
    expect(s.strength).toBeCloseTo(7 / 9, 12);
    expect(s.cardio).toBeCloseTo(1 / (4 * (3 / 7)), 12);
    expect(s.hiit).toBe(1); // 2 × 3/7 = 6/7 expected, 1 done
    // allowance 2 × 3/7 = 6/7 < 1 treat → 6/7
    expect(s.treats).toBeCloseTo(6 / 7, 12);
    // 28 days: 12 sessions expected.
    expect(
      scoreStepCounts(counts({ countedDays: 28, strengthSessions: 6 }), targets).strength,
    ).toBe(0.5);
  });

  it('scores a step whose target is 0 as met', () => {
    const relaxed = makeTargets({
      strength: { sessionsPerWeek: 0, minSessionsPerWeek: 0 },
      cardio: { sessionsPerWeek: 0, minSessionsPerWeek: 0 },
      hiit: { sessionsPerWeek: 0 },
    });
    expect(scoreStepCounts(counts({ countedDays: 7 }), relaxed)).toMatchObject({
      strength: 1,
      cardio: 1,
      hiit: 1,
    });
  });

  it('divides calorie and food days by every counted day', () => {
    const s = scoreStepCounts(
      counts({ countedDays: 14, loggedDays: 7, calorieDays: 7, foodDays: 3 }),
      targets,
    );
    expect(s.calories).toBe(0.5);
    expect(s.food).toBeCloseTo(3 / 14, 12);
  });

  it('scores treats: within the allowance → 1, above → allowance ÷ treats, times the logged share', () => {
    expect(
      scoreStepCounts(counts({ countedDays: 7, loggedDays: 7, treats: 2 }), targets).treats,
    ).toBe(1);
    expect(
      scoreStepCounts(counts({ countedDays: 7, loggedDays: 7, treats: 4 }), targets).treats,
    ).toBe(0.5);
    // Nothing logged on 3 of 7 days: those days are misses, not treat-free days.
    expect(
      scoreStepCounts(counts({ countedDays: 7, loggedDays: 4, treats: 0 }), targets).treats,
    ).toBeCloseTo(4 / 7, 12);
    expect(
      scoreStepCounts(counts({ countedDays: 7, loggedDays: 4, treats: 8 }), targets).treats,
    ).toBeCloseTo(0.25 * (4 / 7), 12);
  });

  it('handles a zero treat allowance', () => {
    const strict = makeTargets({ treats: { allowancePerWeek: 0 } });
    expect(
      scoreStepCounts(counts({ countedDays: 7, loggedDays: 7, treats: 0 }), strict).treats,
    ).toBe(1);
    expect(
      scoreStepCounts(counts({ countedDays: 7, loggedDays: 7, treats: 1 }), strict).treats,
    ).toBe(0);
  });

  it('averages the six steps into overall', () => {
    const s = scoreStepCounts(
      counts({
        countedDays: 7,
        loggedDays: 7,
        strengthSessions: 3,
        cardioDays: 2,
        hiitDays: 0,
        calorieDays: 7,
        foodDays: 0,
        treats: 4,
      }),
      targets,
    );
    // 1 + 0.5 + 0 + 1 + 0 + 0.5 = 3 → 0.5
    expect(s.overall).toBe(0.5);
  });

  it('uses the prescribed exercises of the assignment, not every strength workout', () => {
    const c = countStepDays({
      targets,
      range: week,
      days: [],
      workouts: [strength('2025-03-03', EXERCISE_A), strength('2025-03-04', EXERCISE_OTHER)],
    });
    expect(c.strengthSessions).toBe(1);
  });
});
