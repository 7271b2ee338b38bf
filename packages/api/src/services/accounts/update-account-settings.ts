import { recordAudit } from '../audit/record-audit';
import { eq } from 'drizzle-orm';
import { users, type Db } from '@sixstep/db';
import type { Actor } from '../../actor';
import type { AccountSettingsInput } from '../../schemas/accounts';
import { fieldChanges } from '../audit/field-changes';

/** The signed-in user's own settings (unit shown in the UI, display name). */
export async function updateAccountSettings(
  db: Db,
  actor: Actor,
  input: AccountSettingsInput,
  now: Date,
) {
  const changes = Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined),
  );
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ name: users.name, unitPreference: users.unitPreference })
      .from(users)
      .where(eq(users.id, actor.id));
    const [user] = await tx
      .update(users)
      .set({ ...changes, updatedAt: now })
      .where(eq(users.id, actor.id))
      .returning({
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        unitPreference: users.unitPreference,
      });
    await recordAudit(
      tx,
      {
        actorId: actor.id,
        action: 'account.settings_updated',
        entity: 'user',
        entityId: actor.id,
        details: { fields: Object.keys(changes), changes: fieldChanges(before ?? {}, changes) },
      },
      now,
    );
    return user!;
  });
}
