import { eq, inArray } from 'drizzle-orm';
import { assignments, exercises, programs, users, type Queryable } from '@sixstep/db';

/** Detail keys whose values are ids of people, programs or exercises. */
const ID_DETAILS = ['clientId', 'coachId', 'programId', 'copiedFrom', 'exerciseId'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Named {
  entityId: string | null;
  details: Record<string, unknown>;
}

/**
 * The names behind the ids on one page of the audit log (people, exercises, programs, and an
 * assignment as "program for client"), so the log says "Elena Petrova" instead of "9b57d1a9…".
 * Ids of deleted objects are simply absent: the page shows them as no longer existing.
 */
export async function nameAuditSubjects(
  db: Queryable,
  entries: Named[],
): Promise<Record<string, string>> {
  const ids = new Set<string>();
  for (const entry of entries) {
    if (entry.entityId && UUID.test(entry.entityId)) ids.add(entry.entityId);
    for (const key of ID_DETAILS) {
      const value = entry.details[key];
      if (typeof value === 'string' && UUID.test(value)) ids.add(value);
    }
    // Changed links (a harder exercise, default exercises) are ids too: `progressionId`, `…Ids`.
    const changes = Array.isArray(entry.details.changes) ? entry.details.changes : [];
    for (const change of changes as Array<{ field?: unknown; before?: unknown; after?: unknown }>)
      if (typeof change.field === 'string' && /Ids?$/.test(change.field))
        for (const value of [change.before, change.after].flat())
          if (typeof value === 'string' && UUID.test(value)) ids.add(value);
  }
  if (ids.size === 0) return {};
  const list = [...ids];
  const [people, exerciseRows, programRows, assignmentRows] = await Promise.all([
    db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, list)),
    db
      .select({ id: exercises.id, name: exercises.name })
      .from(exercises)
      .where(inArray(exercises.id, list)),
    db
      .select({ id: programs.id, name: programs.name })
      .from(programs)
      .where(inArray(programs.id, list)),
    db
      .select({ id: assignments.id, program: programs.name, client: users.name })
      .from(assignments)
      .innerJoin(programs, eq(programs.id, assignments.programId))
      .innerJoin(users, eq(users.id, assignments.clientId))
      .where(inArray(assignments.id, list)),
  ]);
  const names: Record<string, string> = {};
  for (const row of [...people, ...exerciseRows, ...programRows]) names[row.id] = row.name;
  for (const row of assignmentRows) names[row.id] = `${row.program} for ${row.client}`;
  return names;
}
