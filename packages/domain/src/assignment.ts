import { z } from 'zod';
import { addDays, daysBetween, type IsoDate } from './dates';
import type { ExerciseCategory, PrescribedExercise, ProgramTargets } from './program';

/**
 * How many strength exercises an assignment prescribes. The program lets a client pick two or
 * three favourites "instead of all of them", so a coach may also prescribe more (the catalog's
 * whole strength list) or a single one for a client who cannot do the rest.
 */
export const ASSIGNMENT_EXERCISES = { min: 1, max: 6 } as const;

/** How long an assignment may run, in weeks. */
export const ASSIGNMENT_WEEKS = { min: 1, max: 52 } as const;

export const assignmentWeeksSchema = z
  .number({ error: 'Weeks must be a number' })
  .int('Weeks must be a whole number')
  .min(ASSIGNMENT_WEEKS.min, `Weeks must be at least ${ASSIGNMENT_WEEKS.min}`)
  .max(ASSIGNMENT_WEEKS.max, `Weeks must be at most ${ASSIGNMENT_WEEKS.max}`);

/**
 * The list of chosen exercises, whatever shape one item has (the API's choice, a stored
 * snapshot, a form row): between ASSIGNMENT_EXERCISES.min and .max, no exercise twice.
 */
export function exerciseListSchema<Item extends z.ZodType<{ exerciseId: string }>>(item: Item) {
  return z
    .array(item)
    .min(ASSIGNMENT_EXERCISES.min, 'Choose at least one exercise')
    .max(ASSIGNMENT_EXERCISES.max, `Choose at most ${ASSIGNMENT_EXERCISES.max} exercises`)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((choice, i) => {
        if (seen.has(choice.exerciseId))
          ctx.addIssue({
            code: 'custom',
            path: [i, 'exerciseId'],
            message: 'This exercise is already chosen',
          });
        seen.add(choice.exerciseId);
      });
    });
}

/** A template's suggested exercise as a caller knows it (the catalog row, or what a list shows). */
export interface SuggestedExercise {
  id: string;
  name: string;
  category: ExerciseCategory;
  archived: boolean;
}

/**
 * The exercises a new assignment starts with when the coach picks none: the template's
 * suggestions that are live strength exercises, in the template's order, at most
 * ASSIGNMENT_EXERCISES.max, each with the template's sets and reps and no load. Empty when the
 * template suggests nothing usable: the coach must then choose.
 */
export function defaultPrescription(
  strength: Pick<ProgramTargets['strength'], 'setsPerExercise' | 'repsPerSet'>,
  suggested: ReadonlyArray<SuggestedExercise>,
): PrescribedExercise[] {
  return suggested
    .filter((e) => e.category === 'strength' && !e.archived)
    .slice(0, ASSIGNMENT_EXERCISES.max)
    .map((e) => ({
      exerciseId: e.id,
      name: e.name,
      sets: strength.setsPerExercise,
      reps: strength.repsPerSet,
      loadKg: null,
    }));
}

/** The assignment week (1-based) containing `date`, with its first and last calendar day. */
export function assignmentWeekOf(startDate: IsoDate, date: IsoDate) {
  const index = Math.floor(daysBetween(startDate, date) / 7);
  const weekStart = addDays(startDate, 7 * index);
  return { week: index + 1, startDate: weekStart, endDate: addDays(weekStart, 6) };
}

/** Treats logged this week against the weekly allowance; never below zero left. */
export function treatsThisWeek(
  allowancePerWeek: number,
  days: ReadonlyArray<{ treats: number | null }>,
) {
  const used = days.reduce((sum, d) => sum + (d.treats ?? 0), 0);
  return {
    allowancePerWeek,
    usedThisWeek: used,
    leftThisWeek: Math.max(0, allowancePerWeek - used),
  };
}

/**
 * How far a date entered by someone may lie after the server's UTC date: a person's own
 * calendar can be one day ahead of UTC (time zones), never more.
 */
export const CALENDAR_LEEWAY_DAYS = 1;

/** The latest date a person may call "today" or earlier, given the server's UTC date. */
export const latestOwnDate = (utcToday: IsoDate): IsoDate =>
  addDays(utcToday, CALENDAR_LEEWAY_DAYS);

/**
 * Why an assignment cannot be ended on `endedOn`, or null when it can: the last counted day is
 * today at the latest (the coach's today, which may be a day ahead of UTC) and not before the
 * start.
 */
export function endDateProblem(
  endedOn: IsoDate,
  startDate: IsoDate,
  utcToday: IsoDate,
): string | null {
  if (endedOn > latestOwnDate(utcToday)) return 'An assignment cannot be ended on a future date';
  if (endedOn < startDate) return `The end cannot be before the start (${startDate})`;
  return null;
}

/** Ending without a date: today, or, for an assignment that has not started, the day before its start (nothing counts). */
export const defaultEndDate = (startDate: IsoDate, utcToday: IsoDate): IsoDate =>
  utcToday < startDate ? addDays(startDate, -1) : utcToday;
