import { eq, sql } from 'drizzle-orm';
import { users, type Queryable } from '@sixstep/db';
import { recordAudit } from '../audit/record-audit';

/**
 * Bumps the user's session version: every session made before (each carries the version it was
 * made with) is refused from the next request on, on every instance. Returns the new version.
 * Audited as `auth.sessions_ended` unless `audit` is null (the caller's own row says it, as a
 * deactivation does).
 */
export async function endAllSessions(
  tx: Queryable,
  userId: string,
  audit: { actorId: string | null; reason: string } | null,
  now: Date,
): Promise<number> {
  const [user] = await tx
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  if (audit)
    await recordAudit(
      tx,
      {
        actorId: audit.actorId,
        action: 'auth.sessions_ended',
        entity: 'user',
        entityId: userId,
        details: { reason: audit.reason },
      },
      now,
    );
  return user?.sessionVersion ?? 0;
}
