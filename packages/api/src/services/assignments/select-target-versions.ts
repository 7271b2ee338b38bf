import { asc, eq, inArray } from 'drizzle-orm';
import type { AssignmentTargets, IsoDate, TargetVersion } from '@sixstep/domain';
import { assignmentTargetVersions, users, type Queryable } from '@sixstep/db';

/** The stored versions of some assignments' targets, by assignment, oldest first. */
export async function selectTargetVersionRows(db: Queryable, assignmentIds: ReadonlyArray<string>) {
  if (assignmentIds.length === 0) return new Map<string, StoredVersion[]>();
  const rows = await db
    .select({
      assignmentId: assignmentTargetVersions.assignmentId,
      effectiveFrom: assignmentTargetVersions.effectiveFrom,
      targets: assignmentTargetVersions.targets,
      changedAt: assignmentTargetVersions.createdAt,
      changedById: assignmentTargetVersions.changedBy,
      changedByName: users.name,
    })
    .from(assignmentTargetVersions)
    .leftJoin(users, eq(users.id, assignmentTargetVersions.changedBy))
    .where(inArray(assignmentTargetVersions.assignmentId, [...assignmentIds]))
    .orderBy(asc(assignmentTargetVersions.effectiveFrom));
  const byAssignment = new Map<string, StoredVersion[]>();
  for (const row of rows) {
    const list = byAssignment.get(row.assignmentId) ?? [];
    list.push(row);
    byAssignment.set(row.assignmentId, list);
  }
  return byAssignment;
}
type StoredVersion = {
  effectiveFrom: IsoDate;
  targets: AssignmentTargets;
  changedAt: Date;
  changedById: string | null;
  changedByName: string | null;
};

/** An assignment's target history for scoring: its versions, or its targets from the start. */
export async function selectTargetVersions(
  db: Queryable,
  assignment: { id: string; startDate: IsoDate; targets: AssignmentTargets },
): Promise<TargetVersion[]> {
  const stored = (await selectTargetVersionRows(db, [assignment.id])).get(assignment.id) ?? [];
  if (stored.length === 0)
    return [{ effectiveFrom: assignment.startDate, targets: assignment.targets }];
  return stored.map(({ effectiveFrom, targets }) => ({ effectiveFrom, targets }));
}
