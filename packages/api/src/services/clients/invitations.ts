import { TRPCError } from '@trpc/server';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import {
  clientProfiles,
  hashPassword,
  invitations,
  users,
  type Db,
  type Queryable,
} from '@sixstep/db';
import type { Actor } from '../../actor';
import { badInput, fieldError, isUniqueViolation } from '../../errors';
import type { Mailer } from '../../infra/mailer';
import type { AcceptInviteInput } from '../../schemas/accounts';
import type { ClientInviteInput, InviteEmailChangeInput } from '../../schemas/clients';
import { recordAudit } from '../audit/record-audit';
import {
  INVITE_VALID_DAYS,
  inviteUrlFor,
  issueInvitation,
  spendInvitation,
  usableInvitation,
} from '../invitations/invitation-tokens';
import { mailLink } from '../invitations/mail-link';
import { BAD_INVITATION } from '../invitations/read-invitation';
import { checkAge, requireOwnClient } from './client-profile';

export interface InviteDeps {
  now: Date;
  /** Public base URL of the app; the link is `${baseUrl}/invite/${token}`. */
  baseUrl: string;
  mailer: Mailer;
  log: Logger;
}

export interface InviteResult {
  clientId: string;
  inviteUrl: string;
  /** False when mail is not configured (or failed): the coach passes the link on. */
  emailed: boolean;
  /** True when the address was already invited and still pending: this sent a new link instead. */
  resent: boolean;
  expiresAt: Date;
}

const EMAIL_TAKEN =
  'An account with this e-mail address already exists. Use another address, or ask the person to sign in.';

async function deliver(
  deps: InviteDeps,
  to: { email: string; name: string },
  coachName: string,
  inviteUrl: string,
): Promise<boolean> {
  return mailLink(deps, {
    to: to.email,
    subject: `${coachName} invited you to Sixstep`,
    text: [
      `Hello ${to.name},`,
      '',
      `${coachName} has set up a Sixstep account for you, to follow your six-step program together.`,
      `Open this link to choose your password (it works once, for ${INVITE_VALID_DAYS} days):`,
      inviteUrl,
      '',
      'If you were not expecting this, you can ignore this message.',
    ].join('\n'),
  });
}

/** The coach's own client at this address who has not accepted yet, if there is one. */
async function pendingClientAt(tx: Queryable, coachId: string, email: string) {
  const [pending] = await tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(clientProfiles, eq(clientProfiles.userId, users.id))
    .where(
      and(
        eq(sql`lower(${users.email})`, email),
        isNull(users.passwordHash),
        eq(clientProfiles.coachId, coachId),
      ),
    );
  return pending ?? null;
}

/**
 * Creates the client account (no password yet), its profile owned by this coach, and an invitation.
 * Inviting one of the coach's own pending clients again sends them a new link instead: the person
 * has no password yet, so "the account already exists" would leave the coach stuck.
 */
export async function inviteClient(
  db: Db,
  coach: Actor & { name: string },
  input: ClientInviteInput,
  deps: InviteDeps,
): Promise<InviteResult> {
  checkAge(input.birthDate, deps.now);
  const { email, name, ...profile } = input;
  const pending = await pendingClientAt(db, coach.id, email);
  if (pending) return reinviteClient(db, coach, pending.id, deps);
  let created: { clientId: string; token: string; expiresAt: Date };
  try {
    created = await db.transaction(async (tx) => {
      const [taken] = await tx
        .select({ id: users.id })
        .from(users)
        .where(eq(sql`lower(${users.email})`, email));
      if (taken) throw fieldError('email', EMAIL_TAKEN, 'CONFLICT');
      const [user] = await tx
        .insert(users)
        .values({ email, name, role: 'client', createdAt: deps.now, updatedAt: deps.now })
        .returning({ id: users.id });
      await tx.insert(clientProfiles).values({
        userId: user!.id,
        coachId: coach.id,
        ...profile,
        createdAt: deps.now,
        updatedAt: deps.now,
      });
      const issued = await issueInvitation(tx, {
        userId: user!.id,
        invitedBy: coach.id,
        now: deps.now,
      });
      await recordAudit(
        tx,
        { actorId: coach.id, action: 'client.invited', entity: 'client', entityId: user!.id },
        deps.now,
      );
      return { clientId: user!.id, ...issued };
    });
  } catch (error) {
    // Two invitations for one address at the same moment: the unique index decides.
    if (isUniqueViolation(error, 'users_email_lower_key'))
      throw fieldError('email', EMAIL_TAKEN, 'CONFLICT');
    throw error;
  }
  const inviteUrl = inviteUrlFor(deps.baseUrl, created.token);
  const emailed = await deliver(deps, { email, name }, coach.name, inviteUrl);
  return {
    clientId: created.clientId,
    inviteUrl,
    emailed,
    resent: false,
    expiresAt: created.expiresAt,
  };
}

/** The coach's client, locked, refused when they already chose a password. */
async function requirePendingClient(tx: Queryable, coachId: string, clientId: string) {
  await requireOwnClient(tx, coachId, clientId);
  const [user] = await tx
    .select({ email: users.email, name: users.name, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, clientId))
    .for('update');
  if (user!.passwordHash !== null)
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'clientId: this client has already accepted the invitation and can sign in',
    });
  return { email: user!.email, name: user!.name };
}

/** A new link for a client who has not accepted yet; older links stop working. */
export async function reinviteClient(
  db: Db,
  coach: Actor & { name: string },
  clientId: string,
  deps: InviteDeps,
): Promise<InviteResult> {
  const { issued, user } = await db.transaction(async (tx) => {
    const user = await requirePendingClient(tx, coach.id, clientId);
    const issued = await issueInvitation(tx, {
      userId: clientId,
      invitedBy: coach.id,
      now: deps.now,
    });
    await recordAudit(
      tx,
      { actorId: coach.id, action: 'client.reinvited', entity: 'client', entityId: clientId },
      deps.now,
    );
    return { issued, user };
  });
  const inviteUrl = inviteUrlFor(deps.baseUrl, issued.token);
  const emailed = await deliver(deps, user, coach.name, inviteUrl);
  return { clientId, inviteUrl, emailed, resent: true, expiresAt: issued.expiresAt };
}

/**
 * Corrects a mistyped address of a client who has not accepted yet, and sends a new link there:
 * links sent to the wrong address stop working.
 */
export async function changeInviteEmail(
  db: Db,
  coach: Actor & { name: string },
  input: InviteEmailChangeInput,
  deps: InviteDeps,
): Promise<InviteResult> {
  const { clientId, email } = input;
  let changed: { issued: { token: string; expiresAt: Date }; name: string };
  try {
    changed = await db.transaction(async (tx) => {
      const before = await requirePendingClient(tx, coach.id, clientId);
      const [taken] = await tx
        .select({ id: users.id })
        .from(users)
        .where(eq(sql`lower(${users.email})`, email));
      if (taken && taken.id !== clientId) throw badInput('email', EMAIL_TAKEN);
      await tx.update(users).set({ email, updatedAt: deps.now }).where(eq(users.id, clientId));
      const issued = await issueInvitation(tx, {
        userId: clientId,
        invitedBy: coach.id,
        now: deps.now,
      });
      await recordAudit(
        tx,
        {
          actorId: coach.id,
          action: 'client.invite_email_changed',
          entity: 'client',
          entityId: clientId,
          details: { changes: [{ field: 'email', before: before.email, after: email }] },
        },
        deps.now,
      );
      return { issued, name: before.name };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_lower_key')) throw badInput('email', EMAIL_TAKEN);
    throw error;
  }
  const inviteUrl = inviteUrlFor(deps.baseUrl, changed.issued.token);
  const emailed = await deliver(deps, { email, name: changed.name }, coach.name, inviteUrl);
  return { clientId, inviteUrl, emailed, resent: true, expiresAt: changed.issued.expiresAt };
}

/**
 * Turns a valid invitation into a usable account: name and password set, invitation spent.
 * Unknown, expired, replaced and already used tokens all get the same BAD_REQUEST.
 */
export async function acceptInvite(
  db: Db,
  input: AcceptInviteInput,
  now: Date,
): Promise<{ email: string }> {
  // A made-up token is refused before the deliberately slow password hash: no free CPU for guessers.
  const [open] = await db
    .select({ userId: invitations.userId })
    .from(invitations)
    .where(usableInvitation(input.token, now))
    .limit(1);
  if (!open) throw new TRPCError({ code: 'BAD_REQUEST', message: BAD_INVITATION });
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const userId = await spendInvitation(tx, input.token, now);
    if (!userId) throw new TRPCError({ code: 'BAD_REQUEST', message: BAD_INVITATION });
    const [user] = await tx
      .update(users)
      .set({ name: input.name, passwordHash, updatedAt: now })
      .where(and(eq(users.id, userId), isNull(users.deactivatedAt)))
      .returning({ email: users.email });
    if (!user) throw new TRPCError({ code: 'BAD_REQUEST', message: BAD_INVITATION });
    await recordAudit(
      tx,
      { actorId: userId, action: 'client.invite_accepted', entity: 'client', entityId: userId },
      now,
    );
    return user;
  });
}
