import type {
  AdherenceAssignment,
  AssignmentTargets,
  DayFact,
  ProgramTargets,
  WorkoutFact,
} from '../../src';
import { assignmentTargetsSchema, DEFAULT_PROGRAM_TARGETS } from '../../src';

export const EXERCISE_A = '0b7c7c3e-4f5a-4d7e-9a47-2f0c1d9e8a11';
export const EXERCISE_B = '5d2f6b1a-8c3e-4b9d-a1f2-7e6c5b4a3d22';
/** A real exercise that the assignment does not prescribe. */
export const EXERCISE_OTHER = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c33';

/** Default program targets with a woman's calories (floor 1,300, target 1,800) and two exercises; validated by the real schema. */
export function makeTargets(
  program: Partial<{ [K in keyof ProgramTargets]: Partial<ProgramTargets[K]> }> = {},
): AssignmentTargets {
  const merged = Object.fromEntries(
    Object.entries(DEFAULT_PROGRAM_TARGETS).map(([step, values]) => [
      step,
      { ...values, ...(program[step as keyof ProgramTargets] ?? {}) },
    ]),
  );
  return assignmentTargetsSchema.parse({
    program: merged,
    calories: { targetKcal: 1800, floorKcal: 1300 },
    exercises: [
      { exerciseId: EXERCISE_A, name: 'Cable lat pulldown', sets: 3, reps: 12, loadKg: 25 },
      { exerciseId: EXERCISE_B, name: 'Renegade row', sets: 3, reps: 12, loadKg: 4 },
    ],
  });
}

export function makeAssignment(overrides: Partial<AdherenceAssignment> = {}): AdherenceAssignment {
  return { startDate: '2025-03-03', weeks: 4, endedOn: null, targets: makeTargets(), ...overrides };
}

/** A day log with nothing filled in but what is given. */
export function day(date: string, fields: Partial<Omit<DayFact, 'date'>> = {}): DayFact {
  return {
    date,
    calories: null,
    meals: null,
    proteinMeals: null,
    fatServings: null,
    vegServings: null,
    treats: null,
    plannedTreats: null,
    weightKg: null,
    ...fields,
  };
}

/** A day that meets the calorie and food targets of `makeTargets()` with no treats. */
export function goodDay(date: string, fields: Partial<Omit<DayFact, 'date'>> = {}): DayFact {
  return day(date, {
    calories: 1600,
    meals: 3,
    proteinMeals: 3,
    fatServings: 2,
    vegServings: 3,
    treats: 0,
    ...fields,
  });
}

export function strength(
  date: string,
  exerciseId: string | null = EXERCISE_A,
  setCount = 3,
): WorkoutFact {
  return { date, kind: 'strength', exerciseId, setCount, minutes: null };
}

export function cardio(date: string, minutes: number | null): WorkoutFact {
  return { date, kind: 'cardio', exerciseId: null, setCount: 0, minutes };
}

export function hiit(date: string, minutes: number | null): WorkoutFact {
  return { date, kind: 'hiit', exerciseId: null, setCount: 0, minutes };
}
