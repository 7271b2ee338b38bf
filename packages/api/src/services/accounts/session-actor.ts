import { eq } from 'drizzle-orm';
import { users, type Queryable } from '@sixstep/db';
import type { Actor } from '../../actor';
import type { SessionClaims } from '../../context';
import { isSessionCurrent } from '../auth/session-rules';

/**
 * The signed-in, still active user behind a current session, as authedProcedure sees them, for
 * the few HTTP routes that are not tRPC procedures (photos, the event stream); null when signed
 * out or when the session was ended (session version, role, absolute lifetime).
 */
export async function sessionActor(
  db: Queryable,
  session: SessionClaims | null,
  now: Date = new Date(),
): Promise<Actor | null> {
  if (!session) return null;
  const [user] = await db
    .select({
      id: users.id,
      role: users.role,
      deactivatedAt: users.deactivatedAt,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.id, session.userId));
  if (!user || user.deactivatedAt || !isSessionCurrent(session, user, now)) return null;
  return { id: user.id, role: user.role };
}
