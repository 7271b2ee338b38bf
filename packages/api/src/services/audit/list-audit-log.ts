import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { auditLog, users, type Db } from '@sixstep/db';
import { badInput } from '../../errors';
import type { AuditListInput } from '../../schemas/people-data';
import { nameAuditSubjects } from './name-audit-subjects';

/**
 * The audit log for admins, newest first: who (the actor's name and e-mail; null when the action
 * was the system's or the actor's account has since been deleted), what, when. Pages are keyed on
 * (created_at, id) read from the cursor row itself, so rows with equal times are neither skipped
 * nor repeated, at the database's full timestamp precision.
 */
export async function listAudit(db: Db, input: AuditListInput) {
  const conditions: SQL[] = [];
  if (input.entity) conditions.push(eq(auditLog.entity, input.entity));
  if (input.entityId) conditions.push(eq(auditLog.entityId, input.entityId));
  if (input.actorId) conditions.push(eq(auditLog.actorId, input.actorId));
  if (input.cursor) {
    const [after] = await db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(eq(auditLog.id, input.cursor));
    if (!after)
      throw badInput('cursor', 'no audit entry has this id; start again from the first page');
    conditions.push(
      sql`(${auditLog.createdAt}, ${auditLog.id}) < (select c.created_at, c.id from audit_log c where c.id = ${after.id})`,
    );
  }
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.createdAt,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      details: auditLog.details,
      actorId: auditLog.actorId,
      actorName: users.name,
      actorEmail: users.email,
      actorRole: users.role,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return {
    /** Names of the people, exercises, programs and assignments the page's ids refer to. */
    names: await nameAuditSubjects(db, page),
    items: page.map(({ actorId, actorName, actorEmail, actorRole, ...entry }) => ({
      ...entry,
      actor:
        actorId && actorName !== null
          ? { id: actorId, name: actorName, email: actorEmail!, role: actorRole! }
          : null,
    })),
    nextCursor: rows.length > input.limit ? page[page.length - 1]!.id : null,
  };
}
