import { eq } from 'drizzle-orm';
import { users, type Db } from '@sixstep/db';
import type { Actor } from '../actor';
import type { AccountSettingsInput } from '../schemas/accounts';

/** The signed-in user's own settings (unit shown in the UI, display name). */
export async function updateAccountSettings(db: Db, actor: Actor, input: AccountSettingsInput, now: Date) {
  const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  const [user] = await db
    .update(users)
    .set({ ...changes, updatedAt: now })
    .where(eq(users.id, actor.id))
    .returning({ id: users.id, email: users.email, name: users.name, role: users.role, unitPreference: users.unitPreference });
  return user!;
}
