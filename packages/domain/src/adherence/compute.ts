import type { IsoDate } from '../dates';
import { addDays, minDate } from '../dates';
import type { AssignmentTargets } from '../program';
import type { StepCounts } from './count';
import { countStepDays, EMPTY_STEP_COUNTS } from './count';
import type { DayFact, WorkoutFact } from './facts';
import type { DateRange } from './range';
import { assignmentEndDate, countedRange } from './range';
import type { StepScores } from './score';
import { NULL_SCORES, scoreStepCounts } from './score';

/** What adherence needs to know about an assignment. */
export interface AdherenceAssignment {
  startDate: IsoDate;
  weeks: number;
  /** Set when a coach ended the assignment; that day is its last counted day. */
  endedOn: IsoDate | null;
  targets: AssignmentTargets;
}

export interface AdherenceResult {
  /** The days that counted, or null when none did. */
  range: DateRange | null;
  counts: StepCounts;
  scores: StepScores;
}

export interface AdherenceInput {
  assignment: AdherenceAssignment;
  days: ReadonlyArray<DayFact>;
  workouts: ReadonlyArray<WorkoutFact>;
  today: IsoDate;
}

/**
 * Adherence over [from, to] (defaults: the whole assignment), clipped to the days that count.
 * `today` is the client's current date.
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
    today,
  });
  if (!range) return { range: null, counts: { ...EMPTY_STEP_COUNTS }, scores: { ...NULL_SCORES } };
  const counts = countStepDays({ days, workouts, targets: assignment.targets, range });
  return { range, counts, scores: scoreStepCounts(counts, assignment.targets) };
}

export interface WeekAdherence extends AdherenceResult {
  /** 1 for the assignment's first week. */
  week: number;
  /** The week's calendar bounds (start + 7k … + 6); `range` is the part that counted. */
  startDate: IsoDate;
  endDate: IsoDate;
}

/** One entry per assignment week that has begun by today (and before the assignment's end). */
export function weeklyAdherence({
  assignment,
  days,
  workouts,
  today,
}: AdherenceInput): WeekAdherence[] {
  const lastDay = minDate(assignmentEndDate(assignment), today);
  const weeks: WeekAdherence[] = [];
  for (let k = 0; k < assignment.weeks; k++) {
    const startDate = addDays(assignment.startDate, 7 * k);
    if (startDate > lastDay) break;
    const endDate = addDays(startDate, 6);
    weeks.push({
      week: k + 1,
      startDate,
      endDate,
      ...computeAdherence({ assignment, days, workouts, from: startDate, to: endDate, today }),
    });
  }
  return weeks;
}
