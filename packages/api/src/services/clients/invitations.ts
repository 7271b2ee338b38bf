import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
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
import { isUniqueViolation } from '../../errors';
import type { AcceptInviteInput } from '../../schemas/accounts';
import type { ClientInviteInput } from '../../schemas/clients';
import { recordAudit } from '../audit/record-audit';
import { checkAge, requireOwnClient } from './client-profile';
import type { Mailer } from '../../infra/mailer';

export const INVITE_VALID_DAYS = 7;

export interface InviteDeps {
  now: Date;
  /** Public base URL of the app; the link is `${baseUrl}/invite/${token}`. */
  baseUrl: string;
  mailer: Mailer;
  log: Logger;
}

export interface InviteResult {
  clientId: string;
  /** Only when no mail was sent (not configured, or failed): the coach passes the link on. */
  inviteUrl?: string;
  emailed: boolean;
}

/** Only the sha256 of a token is stored, so a database leak gives no usable links. */
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const BAD_TOKEN =
  'This invitation link is not valid: it may have expired, been used already, or been replaced by a newer one. Ask your coach to send a new invitation.';

/** A fresh single-use token for `userId`; earlier unused invitations of that user stop working. */
export async function issueInvitation(
  tx: Queryable,
  userId: string,
  coachId: string,
  now: Date,
): Promise<string> {
  await tx
    .update(invitations)
    .set({ expiresAt: now })
    .where(
      and(
        eq(invitations.userId, userId),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, now),
      ),
    );
  const token = randomBytes(32).toString('base64url');
  await tx.insert(invitations).values({
    userId,
    coachId,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + INVITE_VALID_DAYS * 86_400_000),
    createdAt: now,
  });
  return token;
}

const deliver = (
  deps: InviteDeps,
  to: { email: string; name: string },
  coachName: string,
  inviteUrl: string,
) =>
  deliverInvitation(
    deps,
    to,
    `${coachName} invited you to Sixstep`,
    `${coachName} has set up a Sixstep account for you, to follow your six-step program together.`,
    inviteUrl,
  );

/** Mails an invitation link; false when mail is off or failed (the inviter passes the link on). */
export async function deliverInvitation(
  deps: InviteDeps,
  to: { email: string; name: string },
  subject: string,
  intro: string,
  inviteUrl: string,
): Promise<boolean> {
  if (!deps.mailer.enabled) return false;
  try {
    await deps.mailer.send({
      to: to.email,
      subject,
      text: [
        `Hello ${to.name},`,
        '',
        intro,
        `Open this link to choose your password (it works once, for ${INVITE_VALID_DAYS} days):`,
        inviteUrl,
        '',
        'If you were not expecting this, you can ignore this message.',
      ].join('\n'),
    });
    return true;
  } catch (error) {
    // The invitation is saved; the coach still gets the link to pass on by hand.
    deps.log.warn({ err: error }, 'invitation mail failed');
    return false;
  }
}

export const inviteUrlFor = (baseUrl: string, token: string) =>
  `${baseUrl.replace(/\/+$/, '')}/invite/${token}`;

/** Creates the client account (no password yet), its profile owned by this coach, and an invitation. */
export async function inviteClient(
  db: Db,
  coach: Actor & { name: string },
  input: ClientInviteInput,
  deps: InviteDeps,
): Promise<InviteResult> {
  checkAge(input.birthDate, deps.now);
  const { email, name, ...profile } = input;
  let created: { clientId: string; token: string } | { taken: string };
  try {
    created = await db.transaction(async (tx) => {
      const [taken] = await tx
        .select({ id: users.id })
        .from(users)
        .where(eq(sql`lower(${users.email})`, email));
      if (taken) return { taken: taken.id };
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
      const token = await issueInvitation(tx, user!.id, coach.id, deps.now);
      await recordAudit(
        tx,
        { actorId: coach.id, action: 'client.invited', entity: 'client', entityId: user!.id },
        deps.now,
      );
      return { clientId: user!.id, token };
    });
  } catch (error) {
    // Two invitations for one address at the same moment: the unique index decides.
    if (!isUniqueViolation(error, 'users_email_lower_key')) throw error;
    const [owner] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(sql`lower(${users.email})`, email));
    created = { taken: owner!.id };
  }
  if ('taken' in created) return answerForExistingAccount(db, coach, email, created.taken, deps);
  const inviteUrl = inviteUrlFor(deps.baseUrl, created.token);
  const emailed = await deliver(deps, { email, name }, coach.name, inviteUrl);
  return { clientId: created.clientId, emailed, ...(!emailed && { inviteUrl }) };
}

/**
 * An address that already has an account gets the answer a new one would (a client id and, if
 * no mail is sent, a link, neither of which leads anywhere), so a coach cannot learn who has an
 * account elsewhere. The owner is told by mail instead, and the attempt is audited.
 */
async function answerForExistingAccount(
  db: Db,
  coach: Actor & { name: string },
  email: string,
  ownerId: string,
  deps: InviteDeps,
): Promise<InviteResult> {
  await recordAudit(
    db,
    {
      actorId: coach.id,
      action: 'client.invite_existing_account',
      entity: 'user',
      entityId: ownerId,
    },
    deps.now,
  );
  let emailed = false;
  if (deps.mailer.enabled) {
    try {
      await deps.mailer.send({
        to: email,
        subject: `${coach.name} tried to invite you to Sixstep`,
        text: [
          'Hello,',
          '',
          `${coach.name}, a coach on Sixstep, tried to set up an account for this address, which already has one.`,
          'Nothing has changed in your account. If you want to work with this coach, tell them to use another address, or ask your current coach or an admin to move you.',
          '',
          'If you do not know this coach, you can ignore this message.',
        ].join('\n'),
      });
      emailed = true;
    } catch (error) {
      deps.log.warn(
        { err: error instanceof Error ? error.message : 'unknown' },
        'notice mail failed',
      );
    }
  }
  const unusable = inviteUrlFor(deps.baseUrl, randomBytes(32).toString('base64url'));
  return { clientId: randomUUID(), emailed, ...(!emailed && { inviteUrl: unusable }) };
}

/** A new link for a client who has not accepted yet; older links stop working. */
export async function reinviteClient(
  db: Db,
  coach: Actor & { name: string },
  clientId: string,
  deps: InviteDeps,
): Promise<InviteResult> {
  const { token, user } = await db.transaction(async (tx) => {
    await requireOwnClient(tx, coach.id, clientId);
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
    const token = await issueInvitation(tx, clientId, coach.id, deps.now);
    await recordAudit(
      tx,
      { actorId: coach.id, action: 'client.reinvited', entity: 'client', entityId: clientId },
      deps.now,
    );
    return { token, user: user! };
  });
  const inviteUrl = inviteUrlFor(deps.baseUrl, token);
  const emailed = await deliver(deps, user, coach.name, inviteUrl);
  return { clientId, emailed, ...(!emailed && { inviteUrl }) };
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
  const usable = and(
    eq(invitations.tokenHash, hashToken(input.token)),
    isNull(invitations.acceptedAt),
    gt(invitations.expiresAt, now),
  );
  // A made-up token is refused before the deliberately slow password hash: no free CPU for guessers.
  const [open] = await db
    .select({ userId: invitations.userId })
    .from(invitations)
    .where(usable)
    .limit(1);
  if (!open) throw new TRPCError({ code: 'BAD_REQUEST', message: BAD_TOKEN });
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    // Spending the invitation and checking it are one statement, so a token works exactly once.
    const [spent] = await tx
      .update(invitations)
      .set({ acceptedAt: now })
      .where(usable)
      .returning({ userId: invitations.userId });
    if (!spent) throw new TRPCError({ code: 'BAD_REQUEST', message: BAD_TOKEN });
    const [user] = await tx
      .update(users)
      .set({ name: input.name, passwordHash, updatedAt: now })
      .where(and(eq(users.id, spent.userId), isNull(users.deactivatedAt)))
      .returning({ email: users.email });
    if (!user) throw new TRPCError({ code: 'BAD_REQUEST', message: BAD_TOKEN });
    await recordAudit(
      tx,
      {
        actorId: spent.userId,
        action: 'client.invite_accepted',
        entity: 'client',
        entityId: spent.userId,
      },
      now,
    );
    return user;
  });
}
