import { z } from 'zod';
import { addDays, daysBetween, weekdayOf, type IsoDate } from './dates';
import { assignmentEndDate } from './adherence/range';

/**
 * The weekly check-in rule, in one place.
 *
 * - Program week N is the assignment's days [start + 7(N-1), start + 7N - 1].
 * - Each week has one check-in day: the assignment's check-in weekday (0 = Sunday … 6 =
 *   Saturday), by default the weekday the assignment started on, so week 1's check-in day is the
 *   start day itself and every later one falls seven days apart.
 * - A check-in may be filled in on any day of its week (one per week; filling it in again the
 *   same week edits it until the coach has reviewed it).
 * - Its status on a given day: `waiting` (submitted, not reviewed) or `reviewed` once submitted;
 *   otherwise `upcoming` before the check-in day, `due` from the check-in day to the end of the
 *   week, `missed` once the week is over.
 * - Only weeks that have started count, and none after the assignment ends; a week whose
 *   check-in day falls after an early end never becomes due.
 */

export const CHECKIN_SCALE_MIN = 1;
export const CHECKIN_SCALE_MAX = 5;
export const CHECKIN_STATUSES = ['upcoming', 'due', 'missed', 'waiting', 'reviewed'] as const;
export type CheckinStatus = (typeof CHECKIN_STATUSES)[number];

export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;
export const weekdaySchema = z
  .number({ error: 'Weekday must be a number from 0 (Sunday) to 6 (Saturday)' })
  .int('Weekday must be a whole number')
  .min(0, 'Weekday must be from 0 (Sunday) to 6 (Saturday)')
  .max(6, 'Weekday must be from 0 (Sunday) to 6 (Saturday)');

export interface CheckinSchedule {
  startDate: IsoDate;
  weeks: number;
  endedOn: IsoDate | null;
  /** Null: the weekday of the start date. */
  checkinWeekday: number | null;
}

/** The program week a date falls in (1-based); 0 or less before the start. */
export function programWeekOf(startDate: IsoDate, date: IsoDate): number {
  return Math.floor(daysBetween(startDate, date) / 7) + 1;
}

export function checkinWeekdayOf(schedule: Pick<CheckinSchedule, 'startDate' | 'checkinWeekday'>) {
  return schedule.checkinWeekday ?? weekdayOf(schedule.startDate);
}

/** The check-in day of program week `week`: the day of that week with the check-in weekday. */
export function checkinDueDate(schedule: CheckinSchedule, week: number): IsoDate {
  const weekStart = addDays(schedule.startDate, (week - 1) * 7);
  const offset = (checkinWeekdayOf(schedule) - weekdayOf(weekStart) + 7) % 7;
  return addDays(weekStart, offset);
}

/** The week a check-in filled in on `date` belongs to, or null when the date is outside the program. */
export function checkinWeekFor(schedule: CheckinSchedule, date: IsoDate): number | null {
  if (date < schedule.startDate || date > assignmentEndDate(schedule)) return null;
  return programWeekOf(schedule.startDate, date);
}

export interface CheckinWeek {
  week: number;
  dueDate: IsoDate;
  status: CheckinStatus;
}

/**
 * Every started week of the program up to `today` with its check-in status, oldest first.
 * `submitted` maps a week to whether its check-in has been reviewed.
 */
export function checkinWeeks(
  schedule: CheckinSchedule,
  today: IsoDate,
  submitted: ReadonlyMap<number, { reviewed: boolean }>,
): CheckinWeek[] {
  const end = assignmentEndDate(schedule);
  const result: CheckinWeek[] = [];
  for (let week = 1; week <= schedule.weeks; week++) {
    const weekStart = addDays(schedule.startDate, (week - 1) * 7);
    if (weekStart > today || weekStart > end) break;
    const dueDate = checkinDueDate(schedule, week);
    const done = submitted.get(week);
    const weekEnd = addDays(weekStart, 6) < end ? addDays(weekStart, 6) : end;
    if (!done && dueDate > end) continue;
    const status: CheckinStatus = done
      ? done.reviewed
        ? 'reviewed'
        : 'waiting'
      : today < dueDate
        ? 'upcoming'
        : today <= weekEnd
          ? 'due'
          : 'missed';
    result.push({ week, dueDate, status });
  }
  return result;
}
