import { TRPCError } from '@trpc/server';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { clientProfiles, users, type Db } from '@sixstep/db';
import type { Actor } from '../../actor';
import { isUniqueViolation, notFound } from '../../errors';
import type { CoachCreateInput } from '../../schemas/accounts';
import { endAllSessions } from '../accounts/end-all-sessions';
import { recordAudit } from '../audit/record-audit';
import {
  deliverInvitation,
  inviteUrlFor,
  issueInvitation,
  type InviteDeps,
} from '../clients/invitations';

const EMAIL_TAKEN = 'email: an account with this e-mail address already exists';

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

/**
 * A coach account without a password and an invitation, like a client's: the coach chooses their
 * own password from the link, so the admin never chooses or sees it. The link is mailed when mail
 * is configured and returned to the admin only when it is not.
 */
export async function createCoach(
  db: Db,
  admin: Actor & { name: string },
  input: CoachCreateInput,
  deps: InviteDeps,
) {
  const now = deps.now;
  let created: {
    coach: { id: string; email: string; name: string; deactivatedAt: Date | null };
    token: string;
  };
  try {
    created = await db.transaction(async (tx) => {
      const [taken] = await tx
        .select({ id: users.id })
        .from(users)
        .where(eq(sql`lower(${users.email})`, input.email));
      if (taken) throw new TRPCError({ code: 'CONFLICT', message: EMAIL_TAKEN });
      const [coach] = await tx
        .insert(users)
        .values({
          email: input.email,
          name: input.name,
          role: 'coach',
          createdAt: now,
          updatedAt: now,
        })
        .returning({
          id: users.id,
          email: users.email,
          name: users.name,
          deactivatedAt: users.deactivatedAt,
        });
      const token = await issueInvitation(tx, coach!.id, admin.id, now);
      await recordAudit(
        tx,
        { actorId: admin.id, action: 'coach.created', entity: 'user', entityId: coach!.id },
        now,
      );
      return { coach: coach!, token };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_lower_key'))
      throw new TRPCError({ code: 'CONFLICT', message: EMAIL_TAKEN });
    throw error;
  }
  const inviteUrl = inviteUrlFor(deps.baseUrl, created.token);
  const emailed = await deliverInvitation(
    deps,
    created.coach,
    `${admin.name} invited you to coach on Sixstep`,
    `${admin.name} has set up a Sixstep coach account for you.`,
    inviteUrl,
  );
  return { ...created.coach, emailed, ...(emailed ? {} : { inviteUrl }) };
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
    // A deactivated account's sessions end for good: reactivation does not bring them back.
    if (!active) await endAllSessions(tx, id, null, now);
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
