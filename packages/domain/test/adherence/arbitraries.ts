import fc from 'fast-check';
import type { AdherenceAssignment, AssignmentTargets, DayFact, WorkoutFact } from '../../src';
import { addDays, assignmentTargetsSchema } from '../../src';
import { EXERCISE_A, EXERCISE_B, EXERCISE_OTHER } from './fixtures';

/** Random assignments, targets and diaries for the property tests. */

export const START = '2025-03-03';
export const SPAN = 49; // days around the start that facts and `today` may fall on
export const dateArb = fc.integer({ min: -7, max: SPAN }).map((n) => addDays(START, n));
const count = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: null });

export const targetsArb: fc.Arbitrary<AssignmentTargets> = fc
  .record({
    strength: fc.integer({ min: 0, max: 7 }),
    cardio: fc.integer({ min: 0, max: 7 }),
    cardioMinutes: fc.integer({ min: 5, max: 60 }),
    hiit: fc.integer({ min: 0, max: 7 }),
    hiitMinutes: fc.integer({ min: 5, max: 30 }),
    proteinEveryMeal: fc.boolean(),
    fatMin: fc.integer({ min: 0, max: 4 }),
    vegMin: fc.integer({ min: 0, max: 5 }),
    allowance: fc.integer({ min: 0, max: 7 }),
    floor: fc.constantFrom(1300, 1500),
    above: fc.integer({ min: 0, max: 1200 }),
  })
  .map((t) =>
    assignmentTargetsSchema.parse({
      program: {
        strength: {
          sessionsPerWeek: t.strength,
          minSessionsPerWeek: 0,
          setsPerExercise: 3,
          repsPerSet: 12,
        },
        cardio: {
          sessionsPerWeek: t.cardio,
          minSessionsPerWeek: 0,
          minutesPerSession: t.cardioMinutes,
        },
        hiit: { sessionsPerWeek: t.hiit, minMinutes: t.hiitMinutes, maxMinutes: 30 },
        food: {
          proteinEveryMeal: t.proteinEveryMeal,
          fatServingsMin: t.fatMin,
          fatServingsMax: 10,
          vegServingsMin: t.vegMin,
        },
        treats: { allowancePerWeek: t.allowance },
      },
      calories: { floorKcal: t.floor, targetKcal: t.floor + t.above },
      exercises: [
        { exerciseId: EXERCISE_A, name: 'A', sets: 3, reps: 12, loadKg: null },
        { exerciseId: EXERCISE_B, name: 'B', sets: 3, reps: 12, loadKg: null },
      ],
    }),
  );

export const dayArb: fc.Arbitrary<DayFact> = fc.record({
  date: dateArb,
  calories: fc.option(fc.integer({ min: 0, max: 3500 }), { nil: null }),
  meals: count(6),
  proteinMeals: count(6),
  fatServings: count(6),
  vegServings: count(8),
  treats: count(5),
  plannedTreats: count(2),
  weightKg: fc.constant(null),
});

export const workoutArb: fc.Arbitrary<WorkoutFact> = fc.record({
  date: dateArb,
  kind: fc.constantFrom('strength', 'cardio', 'hiit'),
  exerciseId: fc.constantFrom(EXERCISE_A, EXERCISE_B, EXERCISE_OTHER, null),
  setCount: fc.integer({ min: 0, max: 5 }),
  minutes: fc.option(fc.integer({ min: 1, max: 90 }), { nil: null }),
});

export const scenarioArb = fc.record({
  assignment: fc.record<AdherenceAssignment>({
    startDate: fc.constant(START),
    weeks: fc.integer({ min: 1, max: 8 }),
    endedOn: fc.option(dateArb, { nil: null }),
    targets: targetsArb,
  }),
  days: fc.uniqueArray(dayArb, { selector: (d) => d.date, maxLength: 40 }),
  workouts: fc.array(workoutArb, { maxLength: 40 }),
  today: dateArb,
  window: fc.option(fc.tuple(dateArb, fc.integer({ min: 0, max: 35 })), { nil: null }),
});
export type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;
