import { eq } from 'drizzle-orm';
import { hashPassword, users, verifyPassword, type Db } from '@sixstep/db';
import type { Actor } from '../../actor';
import { badInput } from '../../errors';
import { requireStrongPassword } from '../auth/strong-password';
import { recordAudit } from '../audit/record-audit';
import { endAllSessions } from './end-all-sessions';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/**
 * Asks for the current password, checks the new one's strength, stores its hash and ends every
 * session (the caller's own is renewed by the page with the returned version).
 */
export async function changePassword(db: Db, actor: Actor, input: ChangePasswordInput, now: Date) {
  const [user] = await db
    .select({ email: users.email, name: users.name, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, actor.id));
  if (!user?.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash)))
    throw badInput('currentPassword', 'This is not your current password');
  requireStrongPassword('newPassword', input.newPassword, [user.email, user.name]);
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, actor.id));
    await recordAudit(
      tx,
      { actorId: actor.id, action: 'account.password_changed', entity: 'user', entityId: actor.id },
      now,
    );
    const sessionVersion = await endAllSessions(
      tx,
      actor.id,
      { actorId: actor.id, reason: 'password_changed' },
      now,
    );
    return { sessionVersion };
  });
}
