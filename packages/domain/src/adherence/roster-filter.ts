import { z } from 'zod';
import type { AdherenceFlags } from './flags';

/** The roster's flag filters: one flag, any flag, or none (on track). */
export const ROSTER_FLAG_FILTERS = ['behind', 'silent', 'underFloor', 'any', 'none'] as const;
export const rosterFlagFilterSchema = z.enum(ROSTER_FLAG_FILTERS);
export type RosterFlagFilter = z.infer<typeof rosterFlagFilterSchema>;

/**
 * Whether a roster row passes the flag filter. A client without an assignment is not scored,
 * so it is neither flagged nor "on track": only the unfiltered roster shows it.
 */
export function matchesFlagFilter(
  row: { assigned: boolean; flags: AdherenceFlags },
  filter: RosterFlagFilter | undefined,
): boolean {
  if (filter === undefined) return true;
  if (!row.assigned) return false;
  const { behind, silent, underFloor } = row.flags;
  const any = behind || silent || underFloor;
  if (filter === 'any') return any;
  if (filter === 'none') return !any;
  return row.flags[filter];
}
