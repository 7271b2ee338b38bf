import { eq } from 'drizzle-orm';
import { users, type Queryable } from '@sixstep/db';
import type { Actor } from '../../actor';
import type { SessionClaims } from '../../context';

/**
 * The signed-in, still active user behind a session, as authedProcedure sees them, for the few
 * HTTP routes that are not tRPC procedures (photos, the event stream); null when signed out.
 */
export async function sessionActor(
  db: Queryable,
  session: SessionClaims | null,
): Promise<Actor | null> {
  if (!session) return null;
  const [user] = await db
    .select({ id: users.id, role: users.role, deactivatedAt: users.deactivatedAt })
    .from(users)
    .where(eq(users.id, session.userId));
  if (!user || user.deactivatedAt) return null;
  return { id: user.id, role: user.role };
}
