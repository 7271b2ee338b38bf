import type { IsoDate } from '../dates';
import { addDays, daysBetween } from '../dates';
import type { StepCounts } from './count';
import { countStepDays, EMPTY_STEP_COUNTS } from './count';
import type { AdherenceInput } from './compute';
import { assignmentEndDate, lastDaysRange } from './range';
import type { StepScores } from './score';
import { scoreStepCounts } from './score';

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

/**
 * Flags from the counts and scores of the last-7-day window (`lastDaysRange` with 7 days),
 * however they were produced. Pass `endDate` (the assignment's last counted day) so an
 * assignment that is over is never called silent.
 */
export function flagsFromCounts(
  last7Counts: StepCounts,
  scores7: StepScores,
  today: IsoDate,
  startDate: IsoDate,
  endDate: IsoDate | null = null,
): AdherenceFlags {
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
export function adherenceFlags({
  assignment,
  days,
  workouts,
  today,
}: AdherenceInput): AdherenceFlags {
  const endDate = assignmentEndDate(assignment);
  const range = lastDaysRange({
    startDate: assignment.startDate,
    endDate,
    today,
    days: FLAG_WINDOW_DAYS,
  });
  const counts = range
    ? countStepDays({ days, workouts, targets: assignment.targets, range })
    : { ...EMPTY_STEP_COUNTS };
  return flagsFromCounts(
    counts,
    scoreStepCounts(counts, assignment.targets),
    today,
    assignment.startDate,
    endDate,
  );
}
