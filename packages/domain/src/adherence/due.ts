import type { IsoDate } from '../dates';
import { addDays, daysBetween } from '../dates';
import type { DayFact, WorkoutFact } from './facts';

/**
 * Full days an assignment runs before it can be judged: until then it raises no flag, and
 * its scores read "no data yet" unless something has been logged. Three days is the same
 * span the silent flag waits for, so a client gets a fair first stretch without a coach
 * losing sight of someone who never starts.
 */
export const SETTLING_DAYS = 3;

/**
 * The last day that counts today: a day counts once it is over, or earlier when something
 * has been logged for it. So today counts only when logged; otherwise yesterday is the last.
 */
export function lastDueDate(today: IsoDate, loggedToday: boolean): IsoDate {
  return loggedToday ? today : addDays(today, -1);
}

/** Whether anything (a day log or a workout) was logged for `date`. */
export function hasLogOn(
  date: IsoDate,
  days: ReadonlyArray<Pick<DayFact, 'date'>>,
  workouts: ReadonlyArray<Pick<WorkoutFact, 'date'>>,
): boolean {
  return days.some((d) => d.date === date) || workouts.some((w) => w.date === date);
}

/** True while an assignment has run fewer than `SETTLING_DAYS` full days (see above). */
export function isSettling(startDate: IsoDate, today: IsoDate): boolean {
  return daysBetween(startDate, today) < SETTLING_DAYS;
}
