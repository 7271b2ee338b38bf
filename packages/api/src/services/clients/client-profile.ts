import { and, desc, eq, isNull } from 'drizzle-orm';
import { AGE_YEARS_MAX, AGE_YEARS_MIN, ageOn } from '@sixstep/domain';
import {
  assignments,
  clientProfiles,
  invitations,
  users,
  type Db,
  type Queryable,
} from '@sixstep/db';
import type { Actor } from '../../actor';
import { badInput, notFound } from '../../errors';
import type { ClientProfileUpdateInput } from '../../schemas/clients';
import { getUtcToday } from '../../infra/calendar';
import { recordAudit } from '../audit/record-audit';
import { fieldChanges } from '../audit/field-changes';

/** Refuses a birth date outside the product's adult age range on `now`. */
export function checkAge(birthDate: string, now: Date): void {
  const today = getUtcToday(now);
  if (birthDate > today) throw badInput('birthDate', 'Birth date cannot be in the future');
  const age = ageOn(birthDate, today);
  if (age < AGE_YEARS_MIN || age > AGE_YEARS_MAX)
    throw badInput(
      'birthDate',
      `Age must be between ${AGE_YEARS_MIN} and ${AGE_YEARS_MAX} years (this birth date gives ${age})`,
    );
}

/**
 * The client's profile when it belongs to this coach; otherwise NOT_FOUND, the same answer as for
 * an id that does not exist, so a coach cannot probe other coaches' rosters.
 */
export async function requireOwnClient(db: Queryable, coachId: string, clientId: string) {
  const [profile] = await db
    .select()
    .from(clientProfiles)
    .where(and(eq(clientProfiles.userId, clientId), eq(clientProfiles.coachId, coachId)));
  if (!profile) throw notFound('Client');
  return profile;
}

/** One client as the coach's client page shows it. */
export async function getClient(db: Db, coach: Actor, clientId: string) {
  const profile = await requireOwnClient(db, coach.id, clientId);
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      unitPreference: users.unitPreference,
      passwordHash: users.passwordHash,
      deactivatedAt: users.deactivatedAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, clientId));
  const [pendingInvite] = await db
    .select({ expiresAt: invitations.expiresAt, createdAt: invitations.createdAt })
    .from(invitations)
    .where(and(eq(invitations.userId, clientId), isNull(invitations.acceptedAt)))
    .orderBy(desc(invitations.createdAt))
    .limit(1);
  const [current] = await db
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.clientId, clientId), eq(assignments.status, 'active')));
  const { passwordHash, ...account } = user!;
  return {
    ...account,
    invite: {
      pending: passwordHash === null,
      sentAt: passwordHash === null ? (pendingInvite?.createdAt ?? null) : null,
      expiresAt: passwordHash === null ? (pendingInvite?.expiresAt ?? null) : null,
    },
    profile: {
      sex: profile.sex,
      birthDate: profile.birthDate,
      heightCm: profile.heightCm,
      startWeightKg: profile.startWeightKg,
      activityLevel: profile.activityLevel,
    },
    currentAssignmentId: current?.id ?? null,
  };
}

/** Changes only the fields sent; the coach must own the client. */
export async function updateClientProfile(
  db: Db,
  coach: Actor,
  input: ClientProfileUpdateInput,
  now: Date,
) {
  const { clientId, name, ...profile } = input;
  if (profile.birthDate !== undefined) checkAge(profile.birthDate, now);
  await db.transaction(async (tx) => {
    const stored = await requireOwnClient(tx, coach.id, clientId);
    const [account] = await tx
      .select({ name: users.name })
      .from(users)
      .where(eq(users.id, clientId));
    const changedProfile = Object.fromEntries(
      Object.entries(profile).filter(([, value]) => value !== undefined),
    );
    if (Object.keys(changedProfile).length)
      await tx
        .update(clientProfiles)
        .set({ ...changedProfile, updatedAt: now })
        .where(eq(clientProfiles.userId, clientId));
    if (name !== undefined)
      await tx.update(users).set({ name, updatedAt: now }).where(eq(users.id, clientId));
    await recordAudit(
      tx,
      {
        actorId: coach.id,
        action: 'client.profile_updated',
        entity: 'client',
        entityId: clientId,
        details: {
          fields: Object.keys(input).filter((k) => k !== 'clientId'),
          changes: fieldChanges({ ...stored, name: account!.name }, { name, ...profile }),
        },
      },
      now,
    );
  });
  return getClient(db, coach, clientId);
}
