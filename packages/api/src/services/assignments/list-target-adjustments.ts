import { targetChanges, type IsoDate, type TargetChange } from '@sixstep/domain';
import type { Queryable } from '@sixstep/db';
import { selectTargetVersionRows } from './select-target-versions';

/** One adjustment of an assignment's targets, as the coach's client page lists it. */
export interface TargetAdjustment {
  effectiveFrom: IsoDate;
  changedAt: Date;
  changedBy: { id: string; name: string } | null;
  changes: TargetChange[];
}

/** The adjustments after the first version: when each took effect, who made it and what changed. */
export async function listTargetAdjustments(
  db: Queryable,
  assignmentId: string,
): Promise<TargetAdjustment[]> {
  const stored = (await selectTargetVersionRows(db, [assignmentId])).get(assignmentId) ?? [];
  return stored.slice(1).map((version, i) => ({
    effectiveFrom: version.effectiveFrom,
    changedAt: version.changedAt,
    changedBy:
      version.changedById === null
        ? null
        : { id: version.changedById, name: version.changedByName ?? '' },
    changes: targetChanges(stored[i]!.targets, version.targets),
  }));
}
