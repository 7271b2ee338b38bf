import { and, asc, count, eq, sql } from 'drizzle-orm';
import { clientProfiles, hashPassword, users, type Db } from '@sixstep/db';
import type { Actor } from '../../actor';
import { fieldError, isUniqueViolation, notFound } from '../../errors';
import type { CoachCreateInput } from '../../schemas/accounts';
import { recordAudit } from '../audit/record-audit';

const EMAIL_TAKEN = 'an account with this e-mail address already exists';

/** Every coach account, active first, with the size of each roster. */
export async function listCoaches(db: Db) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      deactivatedAt: users.deactivatedAt,
      createdAt: users.createdAt,
      clientCount: count(clientProfiles.userId),
    })
    .from(users)
    .leftJoin(clientProfiles, eq(clientProfiles.coachId, users.id))
    .where(eq(users.role, 'coach'))
    .groupBy(users.id)
    .orderBy(sql`${users.deactivatedAt} is not null`, asc(users.name), asc(users.id));
}

/** The admin sets the first password and passes it on; the coach can sign in at once. */
export async function createCoach(db: Db, admin: Actor, input: CoachCreateInput, now: Date) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [taken] = await tx
        .select({ id: users.id })
        .from(users)
        .where(eq(sql`lower(${users.email})`, input.email));
      if (taken) throw fieldError('email', EMAIL_TAKEN, 'CONFLICT');
      const [coach] = await tx
        .insert(users)
        .values({
          email: input.email,
          name: input.name,
          role: 'coach',
          passwordHash,
          createdAt: now,
          updatedAt: now,
        })
        .returning({
          id: users.id,
          email: users.email,
          name: users.name,
          deactivatedAt: users.deactivatedAt,
        });
      await recordAudit(
        tx,
        { actorId: admin.id, action: 'coach.created', entity: 'user', entityId: coach!.id },
        now,
      );
      return coach!;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_lower_key'))
      throw fieldError('email', EMAIL_TAKEN, 'CONFLICT');
    throw error;
  }
}

/**
 * Deactivation blocks sign-in and every API call at once (authedProcedure re-reads the user);
 * the coach's clients and history stay as they are.
 */
export async function setCoachActive(db: Db, admin: Actor, id: string, active: boolean, now: Date) {
  return db.transaction(async (tx) => {
    const [coach] = await tx
      .update(users)
      .set({ deactivatedAt: active ? null : now, updatedAt: now })
      .where(and(eq(users.id, id), eq(users.role, 'coach')))
      .returning({
        id: users.id,
        email: users.email,
        name: users.name,
        deactivatedAt: users.deactivatedAt,
      });
    if (!coach) throw notFound('Coach');
    await recordAudit(
      tx,
      {
        actorId: admin.id,
        action: active ? 'coach.reactivated' : 'coach.deactivated',
        entity: 'user',
        entityId: id,
      },
      now,
    );
    return coach;
  });
}
