import { and, eq, isNull, sql } from 'drizzle-orm';
import {
  hashPassword,
  needsRehash,
  recoveryCodes,
  users,
  verifyPassword,
  type Db,
} from '@sixstep/db';
import type { Role } from '../../context';
import { recordAudit } from '../audit/record-audit';
import { hashRecoveryCode } from './recovery-codes';
import { openSecret } from './sealed-secret';
import { isThrottled, recordAttempt, type AttemptOrigin } from './throttle';
import { acceptTotp } from './totp';

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionVersion: number;
}

export interface SignInAttempt {
  email: string;
  password: string;
  /** A TOTP code or a recovery code, for accounts with two-factor. */
  code?: string | undefined;
}

/**
 * `invalid` for every refusal of the password step (unknown address, wrong password, no password
 * yet, deactivated, throttled) so callers cannot tell them apart; `two_factor_required` only
 * after the right password; `two_factor_invalid` for a wrong, used or replayed code.
 */
export type SignInResult =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: 'invalid' | 'two_factor_required' | 'two_factor_invalid' };

let dummyHash: Promise<string> | undefined;
/** Unknown addresses are checked against this, so they take as long as a wrong password. */
const timingDummy = () => (dummyHash ??= hashPassword('sixstep-timing-dummy-password'));

export interface SignInDeps {
  address: string;
  now: Date;
  twoFactorKey: Buffer;
}

/** A TOTP code (time step recorded against replay) or an unspent recovery code (spent now). */
async function acceptSecondFactor(
  db: Db,
  user: { id: string; totpSecret: string | null; totpLastTimeStep: number | null },
  code: string,
  deps: SignInDeps,
): Promise<'totp' | 'recovery' | null> {
  const secret = user.totpSecret && openSecret(user.totpSecret, deps.twoFactorKey);
  const trimmed = code.trim();
  if (secret && /^\d{6}$/.test(trimmed.replace(/\s/g, ''))) {
    const step = await acceptTotp(
      secret,
      trimmed.replace(/\s/g, ''),
      user.totpLastTimeStep,
      deps.now,
    );
    if (step === null) return null;
    // Conditional on the step read: of two sign-ins racing with one code, only one moves it.
    const [moved] = await db
      .update(users)
      .set({ totpLastTimeStep: step })
      .where(
        and(
          eq(users.id, user.id),
          user.totpLastTimeStep === null
            ? isNull(users.totpLastTimeStep)
            : eq(users.totpLastTimeStep, user.totpLastTimeStep),
        ),
      )
      .returning({ id: users.id });
    return moved ? 'totp' : null;
  }
  const [spent] = await db
    .update(recoveryCodes)
    .set({ usedAt: deps.now })
    .where(
      and(
        eq(recoveryCodes.userId, user.id),
        eq(recoveryCodes.codeHash, hashRecoveryCode(trimmed)),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return spent ? 'recovery' : null;
}

/**
 * Next-auth's Credentials `authorize`. A throttled attempt is turned away before any hash is
 * computed; every attempt is recorded for the throttle, and sign-ins and failures of existing
 * accounts are audited (unknown addresses are not: the audit log keeps no stranger's address).
 * A hash made with older parameters is replaced after a successful sign-in.
 */
export async function signInWithPassword(
  db: Db,
  attempt: SignInAttempt,
  deps: SignInDeps,
): Promise<SignInResult> {
  const email = attempt.email.trim().toLowerCase();
  if (!email || email.length > 254) return { ok: false, reason: 'invalid' };
  const origin: AttemptOrigin = { email, address: deps.address };
  const { now } = deps;

  if (await isThrottled(db, origin, now)) {
    await recordAttempt(db, origin, { succeeded: false, refused: true }, now);
    return { ok: false, reason: 'invalid' };
  }

  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      passwordHash: users.passwordHash,
      deactivatedAt: users.deactivatedAt,
      sessionVersion: users.sessionVersion,
      totpSecret: users.totpSecret,
      totpEnabledAt: users.totpEnabledAt,
      totpLastTimeStep: users.totpLastTimeStep,
    })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email));
  const password = attempt.password.slice(0, 200);
  // Unknown addresses pay for one hash check too, so timing tells nothing.
  const passwordOk = await verifyPassword(password, user?.passwordHash ?? (await timingDummy()));
  const audit = (action: string, details?: Record<string, unknown>) =>
    user &&
    recordAudit(
      db,
      {
        actorId: user.id,
        action,
        entity: 'user',
        entityId: user.id,
        details: { address: deps.address, ...details },
      },
      now,
    );

  if (!user || !user.passwordHash || user.deactivatedAt || !passwordOk) {
    await recordAttempt(db, origin, { succeeded: false }, now);
    await audit('auth.sign_in_failed', { factor: 'password' });
    return { ok: false, reason: 'invalid' };
  }

  let factor: 'password' | 'totp' | 'recovery' = 'password';
  if (user.totpEnabledAt) {
    if (!attempt.code?.trim()) return { ok: false, reason: 'two_factor_required' };
    const accepted = await acceptSecondFactor(db, user, attempt.code, deps);
    if (!accepted) {
      await recordAttempt(db, origin, { succeeded: false, factor: 'totp' }, now);
      await audit('auth.sign_in_failed', { factor: 'two_factor' });
      return { ok: false, reason: 'two_factor_invalid' };
    }
    factor = accepted;
  }

  await recordAttempt(db, origin, { succeeded: true }, now);
  if (needsRehash(user.passwordHash)) {
    const upgraded = await hashPassword(password);
    // Only if the hash is still the one just checked: a password change meanwhile wins.
    await db
      .update(users)
      .set({ passwordHash: upgraded })
      .where(and(eq(users.id, user.id), eq(users.passwordHash, user.passwordHash)));
  }
  await audit('auth.signed_in', { factor });
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      sessionVersion: user.sessionVersion,
    },
  };
}
