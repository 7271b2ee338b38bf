import type { IsoDate } from '../dates';
import { daysBetween } from '../dates';
import type { AssignmentTargets } from '../program';
import type { DayFact, WorkoutFact } from './facts';
import {
  isCalorieDay,
  isCardioDay,
  isFoodDay,
  isHiitDay,
  isStrengthSession,
  isUnderFloorDay,
} from './qualifies';
import type { DateRange } from './range';

/** How many days of a range met each step: the input of scoring. A SQL aggregation may produce the same shape. */
export interface StepCounts {
  /** Calendar days in the range (the denominator of the daily steps). */
  countedDays: number;
  /** Days with a day log or at least one workout. */
  loggedDays: number;
  strengthSessions: number;
  cardioDays: number;
  hiitDays: number;
  calorieDays: number;
  foodDays: number;
  /** Treats eaten in the range (planned or not). */
  treats: number;
  underFloorDays: number;
  /** The latest date in the range with a day log or a workout. */
  lastLoggedDate: IsoDate | null;
}

/** Counts of a range with no days (the range lies outside the assignment or in the future). */
export const EMPTY_STEP_COUNTS: Readonly<StepCounts> = Object.freeze({
  countedDays: 0,
  loggedDays: 0,
  strengthSessions: 0,
  cardioDays: 0,
  hiitDays: 0,
  calorieDays: 0,
  foodDays: 0,
  treats: 0,
  underFloorDays: 0,
  lastLoggedDate: null,
});

/**
 * Counts, day by day over `range` (already clipped by `countedRange`), which steps were met.
 * Facts outside the range are ignored. Days are unique per date; if a date repeats, the
 * last fact for it is used.
 */
export function countStepDays({
  days,
  workouts,
  targets,
  range,
}: {
  days: ReadonlyArray<DayFact>;
  workouts: ReadonlyArray<WorkoutFact>;
  targets: AssignmentTargets;
  range: DateRange;
}): StepCounts {
  const countedDays = Math.max(0, daysBetween(range.from, range.to) + 1);
  if (countedDays === 0) return { ...EMPTY_STEP_COUNTS };
  const inRange = (date: IsoDate) => date >= range.from && date <= range.to;

  const dayByDate = new Map<IsoDate, DayFact>();
  for (const day of days) if (inRange(day.date)) dayByDate.set(day.date, day);
  const workoutsByDate = new Map<IsoDate, WorkoutFact[]>();
  for (const w of workouts) {
    if (!inRange(w.date)) continue;
    const list = workoutsByDate.get(w.date);
    if (list) list.push(w);
    else workoutsByDate.set(w.date, [w]);
  }

  const assigned = new Set(targets.exercises.map((e) => e.exerciseId));
  const { program, calories } = targets;
  const counts: StepCounts = { ...EMPTY_STEP_COUNTS, countedDays };
  const loggedDates = new Set<IsoDate>([...dayByDate.keys(), ...workoutsByDate.keys()]);
  for (const date of loggedDates) {
    const day = dayByDate.get(date);
    const dayWorkouts = workoutsByDate.get(date) ?? [];
    counts.loggedDays++;
    if (counts.lastLoggedDate === null || date > counts.lastLoggedDate)
      counts.lastLoggedDate = date;
    if (isStrengthSession(dayWorkouts, assigned)) counts.strengthSessions++;
    if (isCardioDay(dayWorkouts, program.cardio.minutesPerSession)) counts.cardioDays++;
    if (isHiitDay(dayWorkouts, program.hiit.minMinutes)) counts.hiitDays++;
    if (isCalorieDay(day, calories)) counts.calorieDays++;
    if (isFoodDay(day, program.food)) counts.foodDays++;
    if (isUnderFloorDay(day, calories.floorKcal)) counts.underFloorDays++;
    counts.treats += day?.treats ?? 0;
  }
  return counts;
}

/** The counts of consecutive parts of a range added up (as if counted in one go). */
export function mergeStepCounts(parts: ReadonlyArray<StepCounts>): StepCounts {
  const merged: StepCounts = { ...EMPTY_STEP_COUNTS };
  for (const c of parts) {
    merged.countedDays += c.countedDays;
    merged.loggedDays += c.loggedDays;
    merged.strengthSessions += c.strengthSessions;
    merged.cardioDays += c.cardioDays;
    merged.hiitDays += c.hiitDays;
    merged.calorieDays += c.calorieDays;
    merged.foodDays += c.foodDays;
    merged.treats += c.treats;
    merged.underFloorDays += c.underFloorDays;
    if (
      c.lastLoggedDate !== null &&
      (merged.lastLoggedDate === null || c.lastLoggedDate > merged.lastLoggedDate)
    )
      merged.lastLoggedDate = c.lastLoggedDate;
  }
  return merged;
}
