import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { dayLogInputSchema, workoutInputSchema } from '../src';

/** The single issue a parse produced: its path and message. */
function issueOf(result: z.ZodSafeParseResult<unknown>) {
  expect(result.success).toBe(false);
  const issues = result.error?.issues ?? [];
  expect(issues).toHaveLength(1);
  return { path: issues[0]?.path.join('.'), message: issues[0]?.message };
}

describe('dayLogInputSchema', () => {
  it('accepts a full day and a date alone', () => {
    const full = {
      date: '2025-03-10',
      calories: 1750,
      meals: 3,
      proteinMeals: 3,
      fatServings: 2,
      vegServings: 4,
      treats: 1,
      plannedTreats: 1,
      weightKg: 79.4,
      note: '  felt good  ',
    };
    expect(dayLogInputSchema.parse(full)).toEqual({ ...full, note: 'felt good' });
    expect(dayLogInputSchema.parse({ date: '2025-03-10' })).toEqual({ date: '2025-03-10' });
  });

  it('accepts null to clear any value, and turns a blank note into null', () => {
    const cleared = { date: '2025-03-10', calories: null, meals: null, weightKg: null, note: null };
    expect(dayLogInputSchema.parse(cleared)).toEqual(cleared);
    expect(dayLogInputSchema.parse({ date: '2025-03-10', note: '   ' }).note).toBeNull();
  });

  it('accepts the bounds themselves', () => {
    const edge = {
      date: '2025-03-10',
      calories: 10000,
      meals: 12,
      proteinMeals: 0,
      fatServings: 20,
      vegServings: 30,
      treats: 30,
      plannedTreats: 30,
      weightKg: 400,
    };
    expect(dayLogInputSchema.safeParse(edge).success).toBe(true);
    expect(
      dayLogInputSchema.safeParse({ date: '2025-03-10', calories: 0, weightKg: 25 }).success,
    ).toBe(true);
  });

  it.each([
    [{ calories: -1 }, 'calories', 'Calories cannot be negative'],
    [{ calories: 10001 }, 'calories', 'Calories must be at most 10000'],
    [{ calories: 1800.5 }, 'calories', 'Calories must be a whole number'],
    [{ calories: '1800' }, 'calories', 'Calories must be a number'],
    [{ meals: 13 }, 'meals', 'Meals must be at most 12'],
    [{ proteinMeals: 13 }, 'proteinMeals', 'Meals with protein must be at most 12'],
    [{ fatServings: 21 }, 'fatServings', 'Fat servings must be at most 20'],
    [{ vegServings: -2 }, 'vegServings', 'Vegetable servings cannot be negative'],
    [{ treats: 31 }, 'treats', 'Treats must be at most 30'],
    [{ plannedTreats: 31 }, 'plannedTreats', 'Planned treats must be at most 30'],
    [{ weightKg: 24.9 }, 'weightKg', 'Weight must be at least 25 kg'],
    [{ weightKg: 400.1 }, 'weightKg', 'Weight must be at most 400 kg'],
    [{ weightKg: Number.NaN }, 'weightKg', 'Weight must be a number (kg)'],
    [{ note: 'x'.repeat(2001) }, 'note', 'Note must be at most 2000 characters'],
    [{ note: 5 }, 'note', 'Note must be text'],
    [
      { meals: 2, proteinMeals: 3 },
      'proteinMeals',
      'Meals with protein cannot exceed the number of meals',
    ],
    [
      { treats: 1, plannedTreats: 2 },
      'plannedTreats',
      'Planned treats cannot exceed the number of treats',
    ],
  ])('refuses %o naming the field', (fields, path, message) => {
    expect(issueOf(dayLogInputSchema.safeParse({ date: '2025-03-10', ...fields }))).toEqual({
      path,
      message,
    });
  });

  it('names the date field when the date is wrong or missing', () => {
    expect(issueOf(dayLogInputSchema.safeParse({ date: '2025-02-30' }))).toEqual({
      path: 'date',
      message: '2025-02-30 is not a real calendar date',
    });
    expect(issueOf(dayLogInputSchema.safeParse({})).path).toBe('date');
  });

  it('checks protein meals and planned treats only against values given in the same input', () => {
    expect(dayLogInputSchema.safeParse({ date: '2025-03-10', proteinMeals: 4 }).success).toBe(true);
    expect(
      dayLogInputSchema.safeParse({ date: '2025-03-10', meals: null, proteinMeals: 4 }).success,
    ).toBe(true);
    expect(dayLogInputSchema.safeParse({ date: '2025-03-10', plannedTreats: 2 }).success).toBe(
      true,
    );
  });
});

describe('workoutInputSchema', () => {
  const exerciseId = '8f14e45f-ceea-467a-a866-051f2d6f6a4b';
  const strength = {
    key: 'form-abc123',
    date: '2025-03-10',
    kind: 'strength',
    exerciseId,
    sets: [{ reps: 12, loadKg: 20 }, { reps: 10 }, { reps: 8, loadKg: null }],
  };

  it('accepts strength, cardio and HIIT workouts', () => {
    expect(workoutInputSchema.parse(strength)).toEqual(strength);
    expect(
      workoutInputSchema.parse({
        key: 'k_2-xxxxxx',
        date: '2025-03-10',
        kind: 'cardio',
        minutes: 35,
        activity: ' rowing ',
      }),
    ).toMatchObject({ activity: 'rowing', minutes: 35 });
    expect(
      workoutInputSchema.parse({
        key: 'k_3-xxxxxx',
        date: '2025-03-10',
        kind: 'hiit',
        minutes: 18,
        intervals: 6,
      }),
    ).toMatchObject({ intervals: 6 });
  });

  it.each([
    [{ exerciseId: undefined }, 'exerciseId', 'A strength workout needs an exercise'],
    [{ sets: [] }, 'sets', 'A strength workout needs at least one set'],
    [{ sets: undefined }, 'sets', 'A strength workout needs at least one set'],
    [{ exerciseId: 'not-a-uuid' }, 'exerciseId', 'Exercise id must be a UUID'],
    [{ sets: [{ reps: 0 }] }, 'sets.0.reps', 'Reps must be at least 1'],
    [{ sets: [{ reps: 12 }, { reps: 201 }] }, 'sets.1.reps', 'Reps must be at most 200'],
    [{ sets: [{ reps: 12.5 }] }, 'sets.0.reps', 'Reps must be a whole number'],
    [{ sets: [{ reps: 12, loadKg: -1 }] }, 'sets.0.loadKg', 'Load cannot be negative'],
    [{ sets: [{ reps: 12, loadKg: 501 }] }, 'sets.0.loadKg', 'Load must be at most 500 kg'],
    [
      { sets: Array.from({ length: 21 }, () => ({ reps: 5 })) },
      'sets',
      'At most 20 sets per workout',
    ],
    [{ key: 'short' }, 'key', 'Key must be at least 8 characters'],
    [{ key: 'k'.repeat(101) }, 'key', 'Key must be at most 100 characters'],
    [{ key: 'has space 123' }, 'key', 'Key may only contain letters, digits, "-" and "_"'],
    [{ kind: 'yoga' }, 'kind', 'Kind must be strength, cardio or hiit'],
    [{ date: '2025/03/10' }, 'date', 'Date must be in the form YYYY-MM-DD (got "2025/03/10")'],
    [{ minutes: 0 }, 'minutes', 'Minutes must be at least 1'],
    [{ minutes: 601 }, 'minutes', 'Minutes must be at most 600'],
    [{ intervals: 101 }, 'intervals', 'Intervals must be at most 100'],
    [{ activity: 'x'.repeat(61) }, 'activity', 'Activity must be at most 60 characters'],
  ])('refuses strength with %o naming the field', (fields, path, message) => {
    expect(issueOf(workoutInputSchema.safeParse({ ...strength, ...fields }))).toEqual({
      path,
      message,
    });
  });

  it('needs minutes for cardio and HIIT', () => {
    const base = { key: 'abcdefgh', date: '2025-03-10' };
    expect(issueOf(workoutInputSchema.safeParse({ ...base, kind: 'cardio' }))).toEqual({
      path: 'minutes',
      message: 'A cardio workout needs its minutes',
    });
    expect(issueOf(workoutInputSchema.safeParse({ ...base, kind: 'hiit', intervals: 5 }))).toEqual({
      path: 'minutes',
      message: 'A HIIT workout needs its minutes',
    });
  });
});
