import { createHash, randomBytes } from 'node:crypto';
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
  inviteUrl: string;
  /** False when mail is not configured (or failed): the coach passes the link on. */
  emailed: boolean;
}

/** Only the sha256 of a token is stored, so a database leak gives no usable links. */
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const EMAIL_TAKEN =
  'An account with this e-mail address already exists. Use another address, or ask the person to sign in.';
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
  let created: { clientId: string; token: string };
  try {
    created = await db.transaction(async (tx) => {
      const [taken] = await tx
        .select({ id: users.id })
        .from(users)
        .where(eq(sql`lower(${users.email})`, email));
      if (taken) throw new TRPCError({ code: 'CONFLICT', message: EMAIL_TAKEN });
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
    if (isUniqueViolation(error, 'users_email_lower_key'))
      throw new TRPCError({ code: 'CONFLICT', message: EMAIL_TAKEN });
    throw error;
  }
  const inviteUrl = inviteUrlFor(deps.baseUrl, created.token);
  const emailed = await deliver(deps, { email, name }, coach.name, inviteUrl);
  return { clientId: created.clientId, inviteUrl, emailed };
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
  return { clientId, inviteUrl, emailed };
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
