import type { CalorieTargets, ProgramTargets } from '../program';
import type { DayFact, WorkoutFact } from './facts';

/**
 * Whether one day meets one step. Each predicate reads only that day's facts, so a SQL
 * aggregation can implement the same test per day and be checked against these.
 */

/** A strength session: at least one logged set of an exercise the assignment prescribes. */
export function isStrengthSession(
  workoutsOfDay: ReadonlyArray<WorkoutFact>,
  assignedExerciseIds: ReadonlySet<string> | ReadonlyArray<string>,
): boolean {
  const assigned =
    assignedExerciseIds instanceof Set ? assignedExerciseIds : new Set(assignedExerciseIds);
  return workoutsOfDay.some(
    (w) =>
      w.kind === 'strength' &&
      w.exerciseId !== null &&
      assigned.has(w.exerciseId) &&
      w.setCount >= 1,
  );
}

/** A cardio day: the day's cardio minutes, summed over its cardio workouts, reach the per-session target. */
export function isCardioDay(
  workoutsOfDay: ReadonlyArray<WorkoutFact>,
  minutesPerSession: number,
): boolean {
  let minutes = 0;
  let any = false;
  for (const w of workoutsOfDay) {
    if (w.kind !== 'cardio') continue;
    any = true;
    minutes += w.minutes ?? 0;
  }
  return any && minutes >= minutesPerSession;
}

/** A HIIT day: one HIIT workout of at least the minimum minutes (bouts are not added up). */
export function isHiitDay(workoutsOfDay: ReadonlyArray<WorkoutFact>, minMinutes: number): boolean {
  return workoutsOfDay.some(
    (w) => w.kind === 'hiit' && w.minutes !== null && w.minutes >= minMinutes,
  );
}

/** A calorie day: logged intake within [floor, target]. No intake logged is a miss. */
export function isCalorieDay(
  day: DayFact | undefined,
  { floorKcal, targetKcal }: CalorieTargets,
): boolean {
  return day?.calories != null && day.calories >= floorKcal && day.calories <= targetKcal;
}

/**
 * A food day: at least one meal logged; with `proteinEveryMeal`, every meal had protein;
 * fat servings reach the minimum; vegetable servings reach the minimum. Servings not
 * logged count as zero. The fat maximum is guidance shown to the client, not scored.
 */
export function isFoodDay(day: DayFact | undefined, food: ProgramTargets['food']): boolean {
  if (!day || day.meals == null || day.meals < 1) return false;
  if (food.proteinEveryMeal && (day.proteinMeals ?? 0) < day.meals) return false;
  return (
    (day.fatServings ?? 0) >= food.fatServingsMin && (day.vegServings ?? 0) >= food.vegServingsMin
  );
}

/** Logged intake under the floor (the under-floor flag counts these days). */
export function isUnderFloorDay(day: DayFact | undefined, floorKcal: number): boolean {
  return day?.calories != null && day.calories < floorKcal;
}
