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

/** Counts of one part of a range, with the targets that were in effect on its days. */
export interface ScoredSegment {
  counts: StepCounts;
  targets: Pick<AssignmentTargets, 'program'>;
}

/** Done ÷ the expected number (weekly targets pro-rated), capped at 1; nothing expected is always met. */
function sessionScore(done: number, expected: number): number {
  if (expected === 0) return 1;
  return Math.min(1, done / expected);
}

/**
 * Scores a range made of parts with different targets (see README.md in this folder): each
 * day is judged by the targets in effect on it, and weekly targets are pro-rated per part,
 * so a target change never reaches back to days before it. Pure arithmetic on counts, so
 * counts aggregated in SQL are scored by this same function.
 */
export function scoreSegments(segments: ReadonlyArray<ScoredSegment>): StepScores {
  let n = 0;
  let loggedDays = 0;
  let calorieDays = 0;
  let foodDays = 0;
  let treats = 0;
  const done = { strength: 0, cardio: 0, hiit: 0 };
  const expected = { strength: 0, cardio: 0, hiit: 0, treats: 0 };
  for (const { counts, targets } of segments) {
    if (counts.countedDays <= 0) continue;
    const weeks = counts.countedDays / 7;
    const { program } = targets;
    n += counts.countedDays;
    loggedDays += counts.loggedDays;
    calorieDays += counts.calorieDays;
    foodDays += counts.foodDays;
    treats += counts.treats;
    done.strength += counts.strengthSessions;
    done.cardio += counts.cardioDays;
    done.hiit += counts.hiitDays;
    expected.strength += program.strength.sessionsPerWeek * weeks;
    expected.cardio += program.cardio.sessionsPerWeek * weeks;
    expected.hiit += program.hiit.sessionsPerWeek * weeks;
    expected.treats += program.treats.allowancePerWeek * weeks;
  }
  if (n <= 0) return { ...NULL_SCORES };

  const strength = sessionScore(done.strength, expected.strength);
  const cardio = sessionScore(done.cardio, expected.cardio);
  const hiit = sessionScore(done.hiit, expected.hiit);
  const calories = calorieDays / n;
  const food = foodDays / n;
  const withinAllowance = treats <= expected.treats ? 1 : expected.treats / treats;
  // Unlogged days would otherwise look treat-free; they count as misses here too.
  const treatScore = withinAllowance * (loggedDays / n);

  const overall = (strength + cardio + hiit + calories + food + treatScore) / 6;
  return { strength, cardio, hiit, calories, food, treats: treatScore, overall };
}

/** Scores counts against one set of targets (a range without a target change). */
export function scoreStepCounts(
  counts: StepCounts,
  targets: Pick<AssignmentTargets, 'program'>,
): StepScores {
  return scoreSegments([{ counts, targets }]);
}
