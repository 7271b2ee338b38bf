import { TRPCError } from '@trpc/server';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { accountTokens, hashPassword, users, type Db, type Queryable } from '@sixstep/db';
import type { Actor } from '../../actor';
import { notFound } from '../../errors';
import { endAllSessions } from '../accounts/end-all-sessions';
import { recordAudit } from '../audit/record-audit';
import type { Mailer } from '../../infra/mailer';
import { createOneTimeToken, hashOneTimeToken } from './one-time-token';
import { requireStrongPassword } from './strong-password';

export const RESET_VALID_MINUTES = 60;

const BAD_TOKEN =
  'token: this reset link is not valid: it may have expired, been used already, or been replaced by a newer one. Ask for a new link.';

export interface ResetDeps {
  now: Date;
  baseUrl: string;
  mailer: Mailer;
  log: Logger;
}

const resetUrlFor = (baseUrl: string, token: string) =>
  `${baseUrl.replace(/\/+$/, '')}/reset-password/${token}`;

/** A new reset token for the user; every earlier unused one stops working. */
async function issueResetToken(tx: Queryable, userId: string, now: Date): Promise<string> {
  await tx
    .update(accountTokens)
    .set({ expiresAt: now })
    .where(
      and(
        eq(accountTokens.userId, userId),
        eq(accountTokens.purpose, 'password_reset'),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
      ),
    );
  const { token, hash } = createOneTimeToken();
  await tx.insert(accountTokens).values({
    userId,
    purpose: 'password_reset',
    tokenHash: hash,
    expiresAt: new Date(now.getTime() + RESET_VALID_MINUTES * 60_000),
    createdAt: now,
  });
  return token;
}

/**
 * "Forgot password": mails a one-time link when the address belongs to an active account with a
 * password. The answer is the same either way, so the form cannot be used to find accounts.
 */
export async function requestPasswordReset(db: Db, email: string, deps: ResetDeps) {
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(
      and(
        eq(sql`lower(${users.email})`, email),
        isNull(users.deactivatedAt),
        sql`${users.passwordHash} is not null`,
      ),
    );
  if (user && deps.mailer.enabled) {
    const token = await db.transaction(async (tx) => {
      const issued = await issueResetToken(tx, user.id, deps.now);
      await recordAudit(
        tx,
        {
          actorId: null,
          action: 'auth.password_reset_requested',
          entity: 'user',
          entityId: user.id,
        },
        deps.now,
      );
      return issued;
    });
    // Not awaited: waiting for the mail server would make a known address answer slower.
    void deps.mailer
      .send({
        to: user.email,
        subject: 'Reset your Sixstep password',
        text: [
          `Hello ${user.name},`,
          '',
          'Someone (hopefully you) asked to reset the password of your Sixstep account.',
          `Open this link to choose a new one (it works once, for ${RESET_VALID_MINUTES} minutes):`,
          resetUrlFor(deps.baseUrl, token),
          '',
          'If you did not ask for this, ignore this message: your password stays as it is.',
        ].join('\n'),
      })
      .catch((error: unknown) =>
        deps.log.warn(
          { err: error instanceof Error ? error.message : 'unknown' },
          'reset mail failed',
        ),
      );
  }
  return { sent: true as const };
}

/** Admin, for when no mail is configured: a reset link to hand over to the person. Audited. */
export async function createResetLink(db: Db, admin: Actor, userId: string, deps: ResetDeps) {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, userId), isNull(users.deactivatedAt)));
    if (!user) throw notFound('User');
    const token = await issueResetToken(tx, user.id, deps.now);
    await recordAudit(
      tx,
      { actorId: admin.id, action: 'auth.reset_link_created', entity: 'user', entityId: user.id },
      deps.now,
    );
    return { resetUrl: resetUrlFor(deps.baseUrl, token), expiresInMinutes: RESET_VALID_MINUTES };
  });
}

/**
 * Sets the new password from a valid link: the link is spent, every session of the account ends.
 * Unknown, expired, replaced and used links get the same answer; a made-up token is refused
 * before the slow hash is paid.
 */
export async function resetPassword(
  db: Db,
  input: { token: string; password: string },
  now: Date,
): Promise<{ email: string }> {
  const usable = and(
    eq(accountTokens.tokenHash, hashOneTimeToken(input.token)),
    eq(accountTokens.purpose, 'password_reset'),
    isNull(accountTokens.usedAt),
    gt(accountTokens.expiresAt, now),
  );
  const [open] = await db
    .select({ email: users.email, name: users.name })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(usable);
  if (!open) throw new TRPCError({ code: 'BAD_REQUEST', message: BAD_TOKEN });
  requireStrongPassword('password', input.password, [open.email, open.name]);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    // Checking and spending the link is one statement: it works exactly once.
    const [spent] = await tx
      .update(accountTokens)
      .set({ usedAt: now })
      .where(usable)
      .returning({ userId: accountTokens.userId });
    if (!spent) throw new TRPCError({ code: 'BAD_REQUEST', message: BAD_TOKEN });
    const [user] = await tx
      .update(users)
      .set({ passwordHash, updatedAt: now })
      .where(and(eq(users.id, spent.userId), isNull(users.deactivatedAt)))
      .returning({ email: users.email });
    if (!user) throw new TRPCError({ code: 'BAD_REQUEST', message: BAD_TOKEN });
    await recordAudit(
      tx,
      {
        actorId: spent.userId,
        action: 'auth.password_reset',
        entity: 'user',
        entityId: spent.userId,
      },
      now,
    );
    await endAllSessions(
      tx,
      spent.userId,
      { actorId: spent.userId, reason: 'password_reset' },
      now,
    );
    return user;
  });
}
