import type { IsoDate } from '../dates';
import { addDays, daysBetween } from '../dates';
import type { StepCounts } from './count';
import { EMPTY_STEP_COUNTS, mergeStepCounts } from './count';
import type { AdherenceInput } from './compute';
import { countByVersion, dueThrough } from './compute';
import { isSettling } from './due';
import { assignmentEndDate, lastDaysRange } from './range';
import type { StepScores } from './score';
import { NULL_SCORES, scoreSegments } from './score';

/** Overall adherence under this share over the last 7 days flags a client as behind. */
export const BEHIND_THRESHOLD = 0.6;
/** Days without any log, ending today, that make a client silent. */
export const SILENT_DAYS = 3;
/** Under-floor days within the last 7 that raise the flag. */
export const UNDER_FLOOR_DAYS = 2;
/** The flags look at this many days, ending today. */
export const FLAG_WINDOW_DAYS = 7;

export interface AdherenceFlags {
  behind: boolean;
  silent: boolean;
  underFloor: boolean;
}

export const NO_FLAGS: Readonly<AdherenceFlags> = Object.freeze({
  behind: false,
  silent: false,
  underFloor: false,
});

/**
 * Flags from the counts and scores of the last-7-day window (`lastDaysRange` with 7 days),
 * however they were produced. Pass `endDate` (the assignment's last counted day) so an
 * assignment that is over is never called silent. An assignment still settling in
 * (`isSettling`) raises none.
 */
export function flagsFromCounts(
  last7Counts: StepCounts,
  scores7: StepScores,
  today: IsoDate,
  startDate: IsoDate,
  endDate: IsoDate | null = null,
): AdherenceFlags {
  if (isSettling(startDate, today)) return { ...NO_FLAGS };
  const running = endDate === null || endDate >= today;
  const quietSince = addDays(today, 1 - SILENT_DAYS);
  const silent =
    running &&
    daysBetween(startDate, today) >= SILENT_DAYS &&
    (last7Counts.lastLoggedDate === null || last7Counts.lastLoggedDate < quietSince);
  return {
    behind: scores7.overall !== null && scores7.overall < BEHIND_THRESHOLD,
    silent,
    underFloor: last7Counts.underFloorDays >= UNDER_FLOOR_DAYS,
  };
}

/** The coach's flags for a client today, from the raw facts. */
export function adherenceFlags(input: AdherenceInput): AdherenceFlags {
  const { assignment, today } = input;
  const endDate = assignmentEndDate(assignment);
  const range = lastDaysRange({
    startDate: assignment.startDate,
    endDate,
    today,
    dueThrough: dueThrough(input),
    days: FLAG_WINDOW_DAYS,
  });
  const segments = range ? countByVersion(input, range) : [];
  const counts = range ? mergeStepCounts(segments.map((s) => s.counts)) : { ...EMPTY_STEP_COUNTS };
  const scores = range ? scoreSegments(segments) : { ...NULL_SCORES };
  return flagsFromCounts(counts, scores, today, assignment.startDate, endDate);
}
