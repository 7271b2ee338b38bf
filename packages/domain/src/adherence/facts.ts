import type { IsoDate } from '../dates';
import type { ExerciseCategory } from '../program';

/**
 * The facts adherence is computed from: one day log per date (as stored, nulls for
 * values never logged) and every workout, reduced to what scoring needs. Any source
 * (database rows, a test, a form preview) maps onto these.
 */
export interface DayFact {
  date: IsoDate;
  calories: number | null;
  meals: number | null;
  proteinMeals: number | null;
  fatServings: number | null;
  vegServings: number | null;
  treats: number | null;
  plannedTreats: number | null;
  weightKg: number | null;
}

export interface WorkoutFact {
  date: IsoDate;
  kind: ExerciseCategory;
  exerciseId: string | null;
  /** Number of logged sets (strength). */
  setCount: number;
  minutes: number | null;
}

/** A stored workout (sets as logged) as the fact adherence reads. */
export function toWorkoutFact(workout: {
  date: IsoDate;
  kind: ExerciseCategory;
  exerciseId: string | null;
  sets: ReadonlyArray<unknown>;
  minutes: number | null;
}): WorkoutFact {
  return {
    date: workout.date,
    kind: workout.kind,
    exerciseId: workout.exerciseId,
    setCount: workout.sets.length,
    minutes: workout.minutes,
  };
}
