import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PROGRAM_TARGETS,
  isCalorieDay,
  isCardioDay,
  isFoodDay,
  isHiitDay,
  isStrengthSession,
  isUnderFloorDay,
} from '../../src';
import {
  cardio,
  day,
  EXERCISE_A,
  EXERCISE_B,
  EXERCISE_OTHER,
  goodDay,
  hiit,
  strength,
} from './fixtures';

const D = '2025-03-05';
const assigned = [EXERCISE_A, EXERCISE_B];

describe('isStrengthSession', () => {
  it('needs at least one set of an assigned exercise', () => {
    expect(isStrengthSession([strength(D, EXERCISE_A, 1)], assigned)).toBe(true);
    expect(isStrengthSession([strength(D, EXERCISE_B, 3)], new Set(assigned))).toBe(true);
    expect(isStrengthSession([strength(D, EXERCISE_A, 0)], assigned)).toBe(false);
    expect(isStrengthSession([strength(D, EXERCISE_OTHER, 3)], assigned)).toBe(false);
    expect(isStrengthSession([strength(D, null, 3)], assigned)).toBe(false);
    expect(isStrengthSession([], assigned)).toBe(false);
  });

  it('ignores other kinds even with an assigned exercise id', () => {
    expect(
      isStrengthSession(
        [{ date: D, kind: 'cardio', exerciseId: EXERCISE_A, setCount: 3, minutes: 30 }],
        assigned,
      ),
    ).toBe(false);
  });

  it('counts one session however many exercises were done', () => {
    expect(
      isStrengthSession([strength(D, EXERCISE_OTHER), strength(D, EXERCISE_B)], assigned),
    ).toBe(true);
  });
});

describe('isCardioDay', () => {
  it('needs the target minutes, summed over the day', () => {
    expect(isCardioDay([cardio(D, 30)], 30)).toBe(true);
    expect(isCardioDay([cardio(D, 29)], 30)).toBe(false);
    expect(isCardioDay([cardio(D, 15), cardio(D, 15)], 30)).toBe(true);
    expect(isCardioDay([cardio(D, 15), cardio(D, null)], 30)).toBe(false);
  });

  it('does not count HIIT or strength minutes as cardio', () => {
    expect(isCardioDay([cardio(D, 10), hiit(D, 25)], 30)).toBe(false);
    expect(isCardioDay([], 30)).toBe(false);
  });
});

describe('isHiitDay', () => {
  it('needs one HIIT workout of at least the minimum', () => {
    expect(isHiitDay([hiit(D, 15)], 15)).toBe(true);
    expect(isHiitDay([hiit(D, 20)], 15)).toBe(true);
    expect(isHiitDay([hiit(D, 14)], 15)).toBe(false);
    expect(isHiitDay([hiit(D, null)], 15)).toBe(false);
  });

  it('does not add up short HIIT bouts or count cardio', () => {
    expect(isHiitDay([hiit(D, 10), hiit(D, 10)], 15)).toBe(false);
    expect(isHiitDay([cardio(D, 40)], 15)).toBe(false);
  });
});

describe('isCalorieDay', () => {
  const calories = { floorKcal: 1300, targetKcal: 1800 };
  it('needs logged intake within [floor, target], both included', () => {
    expect(isCalorieDay(day(D, { calories: 1300 }), calories)).toBe(true);
    expect(isCalorieDay(day(D, { calories: 1800 }), calories)).toBe(true);
    expect(isCalorieDay(day(D, { calories: 1299 }), calories)).toBe(false);
    expect(isCalorieDay(day(D, { calories: 1801 }), calories)).toBe(false);
    expect(isCalorieDay(day(D), calories)).toBe(false);
    expect(isCalorieDay(undefined, calories)).toBe(false);
  });
});

describe('isUnderFloorDay', () => {
  it('is logged intake below the floor, zero included', () => {
    expect(isUnderFloorDay(day(D, { calories: 1299 }), 1300)).toBe(true);
    expect(isUnderFloorDay(day(D, { calories: 0 }), 1300)).toBe(true);
    expect(isUnderFloorDay(day(D, { calories: 1300 }), 1300)).toBe(false);
    expect(isUnderFloorDay(day(D), 1300)).toBe(false);
    expect(isUnderFloorDay(undefined, 1300)).toBe(false);
  });
});

describe('isFoodDay', () => {
  const food = DEFAULT_PROGRAM_TARGETS.food;

  it('accepts a day meeting protein, fat and vegetable targets', () => {
    expect(isFoodDay(goodDay(D), food)).toBe(true);
  });

  it('needs at least one meal', () => {
    expect(isFoodDay(goodDay(D, { meals: 0, proteinMeals: 0 }), food)).toBe(false);
    expect(isFoodDay(goodDay(D, { meals: null }), food)).toBe(false);
    expect(isFoodDay(undefined, food)).toBe(false);
  });

  it('needs protein at every meal when the target says so', () => {
    expect(isFoodDay(goodDay(D, { proteinMeals: 2 }), food)).toBe(false);
    expect(isFoodDay(goodDay(D, { proteinMeals: null }), food)).toBe(false);
    expect(isFoodDay(goodDay(D, { proteinMeals: 0 }), { ...food, proteinEveryMeal: false })).toBe(
      true,
    );
  });

  it('needs the minimum fat and vegetable servings, unlogged counting as none', () => {
    expect(isFoodDay(goodDay(D, { fatServings: 1 }), food)).toBe(false);
    expect(isFoodDay(goodDay(D, { vegServings: 1 }), food)).toBe(false);
    expect(isFoodDay(goodDay(D, { fatServings: null }), food)).toBe(false);
    expect(
      isFoodDay(goodDay(D, { fatServings: null, vegServings: null }), {
        ...food,
        fatServingsMin: 0,
        vegServingsMin: 0,
      }),
    ).toBe(true);
  });

  it('does not score the fat maximum', () => {
    expect(isFoodDay(goodDay(D, { fatServings: 6 }), food)).toBe(true);
  });
});
