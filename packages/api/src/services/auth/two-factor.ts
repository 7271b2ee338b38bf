import { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import QRCode from 'qrcode';
import { recoveryCodes, users, verifyPassword, type Db } from '@sixstep/db';
import type { Actor } from '../../actor';
import { badInput } from '../../errors';
import { recordAudit } from '../audit/record-audit';
import { hashRecoveryCode, newRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes';
import { openSecret, sealSecret } from './sealed-secret';
import { acceptTotp, newTotpSecret, totpUri } from './totp';

/**
 * Starts (or restarts) enrolment: a new secret, kept sealed as pending until a first code from
 * the app confirms it. Returns what the authenticator app needs: the otpauth URI, as a QR code
 * (SVG) and the secret to type by hand.
 */
export async function beginTwoFactor(db: Db, actor: Actor, key: Buffer, now: Date) {
  const [user] = await db
    .select({ email: users.email, enabled: users.totpEnabledAt })
    .from(users)
    .where(eq(users.id, actor.id));
  if (user!.enabled)
    throw new TRPCError({
      code: 'CONFLICT',
      message: 'Two-factor sign-in is already on; turn it off first to set up another app',
    });
  const secret = newTotpSecret();
  await db
    .update(users)
    .set({ totpPendingSecret: sealSecret(secret, key), updatedAt: now })
    .where(eq(users.id, actor.id));
  const otpauthUri = totpUri(secret, user!.email);
  const qrSvg = await QRCode.toString(otpauthUri, {
    type: 'svg',
    margin: 1,
    errorCorrectionLevel: 'M',
  });
  return { otpauthUri, qrSvg, secret };
}

/**
 * Confirms enrolment with a first code: two-factor is on from now, and ten recovery codes are
 * made. They are returned this once; only their hashes are kept.
 */
export async function confirmTwoFactor(db: Db, actor: Actor, code: string, key: Buffer, now: Date) {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ pending: users.totpPendingSecret, enabled: users.totpEnabledAt })
      .from(users)
      .where(eq(users.id, actor.id))
      .for('update');
    if (user!.enabled)
      throw new TRPCError({ code: 'CONFLICT', message: 'Two-factor sign-in is already on' });
    const secret = user!.pending && openSecret(user!.pending, key);
    if (!secret) throw badInput('code', 'Start the set-up first: no authenticator app is waiting');
    const step = await acceptTotp(secret, code.replace(/\s/g, ''), null, now);
    if (step === null)
      throw badInput('code', 'This code does not match: check the app and the time on your phone');
    await tx
      .update(users)
      .set({
        totpSecret: user!.pending,
        totpPendingSecret: null,
        totpEnabledAt: now,
        totpLastTimeStep: step,
        updatedAt: now,
      })
      .where(eq(users.id, actor.id));
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, actor.id));
    await tx
      .insert(recoveryCodes)
      .values(
        codes.map((c) => ({ userId: actor.id, codeHash: hashRecoveryCode(c), createdAt: now })),
      );
    await recordAudit(
      tx,
      {
        actorId: actor.id,
        action: 'account.two_factor_enabled',
        entity: 'user',
        entityId: actor.id,
      },
      now,
    );
    return { recoveryCodes: codes };
  });
}

/**
 * Turns two-factor off after the current password proves it is the owner (a stolen session alone
 * cannot). Admins cannot: for them it is required.
 */
export async function disableTwoFactor(db: Db, actor: Actor, password: string, now: Date) {
  if (actor.role === 'admin')
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Admins must keep two-factor sign-in on' });
  const [user] = await db
    .select({ passwordHash: users.passwordHash, enabled: users.totpEnabledAt })
    .from(users)
    .where(eq(users.id, actor.id));
  if (!user?.passwordHash || !(await verifyPassword(password, user.passwordHash)))
    throw badInput('password', 'This is not your current password');
  return db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        totpSecret: null,
        totpPendingSecret: null,
        totpEnabledAt: null,
        totpLastTimeStep: null,
        updatedAt: now,
      })
      .where(eq(users.id, actor.id));
    await tx.delete(recoveryCodes).where(and(eq(recoveryCodes.userId, actor.id)));
    await recordAudit(
      tx,
      {
        actorId: actor.id,
        action: 'account.two_factor_disabled',
        entity: 'user',
        entityId: actor.id,
      },
      now,
    );
    return { twoFactorEnabled: false };
  });
}
