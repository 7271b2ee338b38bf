import type { AssignmentTargets, StepId } from '../program';
import type { StepCounts } from './count';

/** One score in [0, 1] per step plus their mean; all null when no day counts. */
export type StepScores = Record<StepId | 'overall', number | null>;

export const NULL_SCORES: Readonly<StepScores> = Object.freeze({
  strength: null,
  cardio: null,
  hiit: null,
  calories: null,
  food: null,
  treats: null,
  overall: null,
});

/** Done ÷ the weekly target pro-rated to the range, capped at 1; a target of 0 is always met. */
function sessionScore(done: number, perWeek: number, weeks: number): number {
  if (perWeek === 0) return 1;
  return Math.min(1, done / (perWeek * weeks));
}

/**
 * Scores counts against the assignment's targets (see README.md in this folder for the rules).
 * Pure arithmetic on counts, so counts aggregated in SQL are scored by this same function.
 */
export function scoreStepCounts(
  counts: StepCounts,
  targets: Pick<AssignmentTargets, 'program'>,
): StepScores {
  const n = counts.countedDays;
  if (n <= 0) return { ...NULL_SCORES };
  const weeks = n / 7;
  const { program } = targets;

  const strength = sessionScore(counts.strengthSessions, program.strength.sessionsPerWeek, weeks);
  const cardio = sessionScore(counts.cardioDays, program.cardio.sessionsPerWeek, weeks);
  const hiit = sessionScore(counts.hiitDays, program.hiit.sessionsPerWeek, weeks);
  const calories = counts.calorieDays / n;
  const food = counts.foodDays / n;

  const allowance = program.treats.allowancePerWeek * weeks;
  const withinAllowance = counts.treats <= allowance ? 1 : allowance / counts.treats;
  // Unlogged days would otherwise look treat-free; they count as misses here too.
  const treats = withinAllowance * (counts.loggedDays / n);

  const overall = (strength + cardio + hiit + calories + food + treats) / 6;
  return { strength, cardio, hiit, calories, food, treats, overall };
}
