import { eq } from 'drizzle-orm';
import { users, type Db } from '@sixstep/db';

/**
 * What a page's session check compares the cookie with: the user's present session version and
 * role, or null when the account is gone or deactivated.
 */
export async function sessionStatus(db: Db, userId: string) {
  const [user] = await db
    .select({ version: users.sessionVersion, role: users.role, deactivatedAt: users.deactivatedAt })
    .from(users)
    .where(eq(users.id, userId));
  return user && !user.deactivatedAt ? { version: user.version, role: user.role } : null;
}
