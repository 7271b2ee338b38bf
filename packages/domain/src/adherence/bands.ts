import { BEHIND_THRESHOLD } from './flags';

/** A score at or above this share reads as on track (green). */
export const ON_TRACK_THRESHOLD = 0.8;

export type ScoreBand = 'none' | 'good' | 'warn' | 'bad';

/**
 * The colour band of a score, for every adherence display: "bad" exactly where an overall score
 * flags a client as behind (under BEHIND_THRESHOLD), "good" from ON_TRACK_THRESHOLD.
 */
export function scoreBand(score: number | null): ScoreBand {
  if (score === null) return 'none';
  if (score >= ON_TRACK_THRESHOLD) return 'good';
  if (score >= BEHIND_THRESHOLD) return 'warn';
  return 'bad';
}
