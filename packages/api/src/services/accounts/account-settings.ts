import { eq } from 'drizzle-orm';
import { users, type Db } from '@sixstep/db';
import type { Actor } from '../../actor';
import type { AccountSettingsInput } from '../../schemas/accounts';
import { recordAudit } from '../audit/record-audit';

const settingsColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  unitPreference: users.unitPreference,
  timeZone: users.timeZone,
  notificationPreferences: users.notificationPreferences,
  totpEnabledAt: users.totpEnabledAt,
};

/** What /settings shows: the signed-in user's own account, never a hash or a secret. */
export async function getAccountSettings(db: Db, actor: Actor) {
  const [user] = await db.select(settingsColumns).from(users).where(eq(users.id, actor.id));
  const { totpEnabledAt, ...settings } = user!;
  return { ...settings, twoFactorEnabled: totpEnabledAt !== null };
}

/** Name, unit, time zone and notification preferences; preferences merge kind by kind. */
export async function updateAccountSettings(
  db: Db,
  actor: Actor,
  input: AccountSettingsInput,
  now: Date,
) {
  const { notificationPreferences, ...plain } = input;
  const changes = Object.fromEntries(
    Object.entries(plain).filter(([, value]) => value !== undefined),
  );
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ preferences: users.notificationPreferences })
      .from(users)
      .where(eq(users.id, actor.id))
      .for('update');
    const [user] = await tx
      .update(users)
      .set({
        ...changes,
        ...(notificationPreferences && {
          notificationPreferences: { ...current!.preferences, ...notificationPreferences },
        }),
        updatedAt: now,
      })
      .where(eq(users.id, actor.id))
      .returning({
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        unitPreference: users.unitPreference,
        timeZone: users.timeZone,
        notificationPreferences: users.notificationPreferences,
      });
    await recordAudit(
      tx,
      {
        actorId: actor.id,
        action: 'account.settings_updated',
        entity: 'user',
        entityId: actor.id,
        details: {
          fields: [
            ...Object.keys(changes),
            ...(notificationPreferences ? ['notificationPreferences'] : []),
          ],
        },
      },
      now,
    );
    return user!;
  });
}
