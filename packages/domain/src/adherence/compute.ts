import type { IsoDate } from '../dates';
import { addDays, minDate } from '../dates';
import type { AssignmentTargets } from '../program';
import type { StepCounts } from './count';
import { countStepDays, EMPTY_STEP_COUNTS, mergeStepCounts } from './count';
import { hasLogOn, isSettling, lastDueDate } from './due';
import type { DayFact, WorkoutFact } from './facts';
import type { DateRange } from './range';
import { assignmentEndDate, countedRange } from './range';
import type { StepScores } from './score';
import { NULL_SCORES, scoreSegments } from './score';
import type { TargetVersion } from './target-versions';
import { segmentsByVersion } from './target-versions';

/** What adherence needs to know about an assignment. */
export interface AdherenceAssignment {
  startDate: IsoDate;
  weeks: number;
  /** Set when a coach ended the assignment; that day is its last counted day. */
  endedOn: IsoDate | null;
  /** The current targets; used for every day when `targetVersions` is not given. */
  targets: AssignmentTargets;
  /** The targets' history: each day is scored against the version in effect on it. */
  targetVersions?: ReadonlyArray<TargetVersion>;
}

export interface AdherenceResult {
  /** The days that counted, or null when none did. */
  range: DateRange | null;
  counts: StepCounts;
  /** All null when no day counted, or while the assignment is settling in with nothing logged. */
  scores: StepScores;
}

export interface AdherenceInput {
  assignment: AdherenceAssignment;
  days: ReadonlyArray<DayFact>;
  workouts: ReadonlyArray<WorkoutFact>;
  today: IsoDate;
}

/** The target history of an assignment: its versions, or its one set of targets from the start. */
export function targetVersionsOf(assignment: AdherenceAssignment): ReadonlyArray<TargetVersion> {
  return assignment.targetVersions && assignment.targetVersions.length > 0
    ? assignment.targetVersions
    : [{ effectiveFrom: assignment.startDate, targets: assignment.targets }];
}

/** The last day that counts today for these facts (see `lastDueDate`). */
export function dueThrough({ days, workouts, today }: Omit<AdherenceInput, 'assignment'>): IsoDate {
  return lastDueDate(today, hasLogOn(today, days, workouts));
}

/** Counts of `range`, part by part, each against the targets in effect on its days. */
export function countByVersion(
  input: Pick<AdherenceInput, 'assignment' | 'days' | 'workouts'>,
  range: DateRange,
) {
  return segmentsByVersion(targetVersionsOf(input.assignment), range).map((segment) => ({
    targets: segment.targets,
    counts: countStepDays({
      days: input.days,
      workouts: input.workouts,
      targets: segment.targets,
      range: segment.range,
    }),
  }));
}

/**
 * Adherence over [from, to] (defaults: the whole assignment), clipped to the days that count:
 * days that are over, and today once something is logged for it. `today` is the client's
 * current date.
 */
export function computeAdherence({
  assignment,
  days,
  workouts,
  from,
  to,
  today,
}: AdherenceInput & { from?: IsoDate; to?: IsoDate }): AdherenceResult {
  const endDate = assignmentEndDate(assignment);
  const range = countedRange({
    startDate: assignment.startDate,
    endDate,
    from: from ?? assignment.startDate,
    to: to ?? endDate,
    today: dueThrough({ days, workouts, today }),
  });
  if (!range) return { range: null, counts: { ...EMPTY_STEP_COUNTS }, scores: { ...NULL_SCORES } };
  const segments = countByVersion({ assignment, days, workouts }, range);
  const counts = mergeStepCounts(segments.map((s) => s.counts));
  const noDataYet = isSettling(assignment.startDate, today) && counts.loggedDays === 0;
  return { range, counts, scores: noDataYet ? { ...NULL_SCORES } : scoreSegments(segments) };
}

export interface WeekAdherence extends AdherenceResult {
  /** 1 for the assignment's first week. */
  week: number;
  /** The week's calendar bounds (start + 7k … + 6); `range` is the part that counted. */
  startDate: IsoDate;
  endDate: IsoDate;
  /** True while some of the week's days are not due yet: its scores are "so far". */
  soFar: boolean;
}

/** One entry per assignment week that has begun by today (and before the assignment's end). */
export function weeklyAdherence({
  assignment,
  days,
  workouts,
  today,
}: AdherenceInput): WeekAdherence[] {
  const assignmentEnd = assignmentEndDate(assignment);
  const lastDay = minDate(assignmentEnd, today);
  const due = dueThrough({ days, workouts, today });
  const weeks: WeekAdherence[] = [];
  for (let k = 0; k < assignment.weeks; k++) {
    const startDate = addDays(assignment.startDate, 7 * k);
    if (startDate > lastDay) break;
    const endDate = addDays(startDate, 6);
    weeks.push({
      week: k + 1,
      startDate,
      endDate,
      soFar: minDate(endDate, assignmentEnd) > due,
      ...computeAdherence({ assignment, days, workouts, from: startDate, to: endDate, today }),
    });
  }
  return weeks;
}
