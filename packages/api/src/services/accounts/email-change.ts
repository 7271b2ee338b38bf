import { TRPCError } from '@trpc/server';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { accountTokens, users, verifyPassword, type Db } from '@sixstep/db';
import type { Actor } from '../../actor';
import { badInput, isUniqueViolation } from '../../errors';
import type { Mailer } from '../../infra/mailer';
import { recordAudit } from '../audit/record-audit';
import { createOneTimeToken, hashOneTimeToken } from '../auth/one-time-token';
import { endAllSessions } from './end-all-sessions';

export const EMAIL_CHANGE_VALID_MINUTES = 60;

const BAD_TOKEN =
  'token: this confirmation link is not valid: it may have expired, been used already, or been replaced by a newer one. Ask for the change again in your settings.';

export interface EmailChangeDeps {
  now: Date;
  baseUrl: string;
  mailer: Mailer;
  log: Logger;
}

/**
 * Asks to move the account to a new address: after the current password, a one-time link goes to
 * the new address, and only opening it there makes the change. An address that already has an
 * account gets a notice instead of a link, and the caller the same answer, so the form does not
 * tell who has an account.
 */
export async function requestEmailChange(
  db: Db,
  actor: Actor,
  input: { newEmail: string; currentPassword: string },
  deps: EmailChangeDeps,
) {
  if (!deps.mailer.enabled)
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: 'E-mail is not set up on this server: ask an admin to change your address',
    });
  const [user] = await db
    .select({ email: users.email, name: users.name, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, actor.id));
  if (!user?.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash)))
    throw badInput('currentPassword', 'This is not your current password');
  if (user.email.toLowerCase() === input.newEmail)
    throw badInput('newEmail', 'This is already your address');
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, input.newEmail));
  let text: string[];
  if (taken) {
    text = [
      'Hello,',
      '',
      'Someone asked to move a Sixstep account to this address, which already has an account. Nothing has changed.',
      'If this was you, sign in with this address instead, or use another one.',
    ];
  } else {
    const token = await db.transaction(async (tx) => {
      await tx
        .update(accountTokens)
        .set({ expiresAt: deps.now })
        .where(
          and(
            eq(accountTokens.userId, actor.id),
            eq(accountTokens.purpose, 'email_change'),
            isNull(accountTokens.usedAt),
            gt(accountTokens.expiresAt, deps.now),
          ),
        );
      const { token, hash } = createOneTimeToken();
      await tx.insert(accountTokens).values({
        userId: actor.id,
        purpose: 'email_change',
        tokenHash: hash,
        newEmail: input.newEmail,
        expiresAt: new Date(deps.now.getTime() + EMAIL_CHANGE_VALID_MINUTES * 60_000),
        createdAt: deps.now,
      });
      await recordAudit(
        tx,
        {
          actorId: actor.id,
          action: 'account.email_change_requested',
          entity: 'user',
          entityId: actor.id,
        },
        deps.now,
      );
      return token;
    });
    text = [
      `Hello ${user.name},`,
      '',
      'To use this address for your Sixstep account, open this link (it works once, for 60 minutes):',
      `${deps.baseUrl.replace(/\/+$/, '')}/confirm-email/${token}`,
      '',
      'If you did not ask for this, ignore this message.',
    ];
  }
  try {
    await deps.mailer.send({
      to: input.newEmail,
      subject: 'Confirm your new Sixstep address',
      text: text.join('\n'),
    });
  } catch (error) {
    deps.log.warn(
      { err: error instanceof Error ? error.message : 'unknown' },
      'e-mail change mail failed',
    );
  }
  return { sent: true as const };
}

/** Opens the link: the account takes the new address and every session ends (sign in again). */
export async function confirmEmailChange(db: Db, token: string, now: Date) {
  const usable = and(
    eq(accountTokens.tokenHash, hashOneTimeToken(token)),
    eq(accountTokens.purpose, 'email_change'),
    isNull(accountTokens.usedAt),
    gt(accountTokens.expiresAt, now),
  );
  try {
    return await db.transaction(async (tx) => {
      const [spent] = await tx
        .update(accountTokens)
        .set({ usedAt: now })
        .where(usable)
        .returning({ userId: accountTokens.userId, newEmail: accountTokens.newEmail });
      if (!spent?.newEmail) throw new TRPCError({ code: 'BAD_REQUEST', message: BAD_TOKEN });
      const [user] = await tx
        .update(users)
        .set({ email: spent.newEmail, updatedAt: now })
        .where(and(eq(users.id, spent.userId), isNull(users.deactivatedAt)))
        .returning({ email: users.email });
      if (!user) throw new TRPCError({ code: 'BAD_REQUEST', message: BAD_TOKEN });
      await recordAudit(
        tx,
        {
          actorId: spent.userId,
          action: 'account.email_changed',
          entity: 'user',
          entityId: spent.userId,
        },
        now,
      );
      await endAllSessions(
        tx,
        spent.userId,
        { actorId: spent.userId, reason: 'email_changed' },
        now,
      );
      return { email: user.email };
    });
  } catch (error) {
    // Someone took the address between the request and the confirmation.
    if (isUniqueViolation(error, 'users_email_lower_key'))
      throw badInput('token', 'This address now belongs to another account');
    throw error;
  }
}
