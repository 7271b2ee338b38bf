import { and, count, desc, eq, gt, type SQL } from 'drizzle-orm';
import { loginAttempts, type Queryable } from '@sixstep/db';

/**
 * Sign-in throttle, kept in PostgreSQL so every instance agrees. Failures count per account and
 * address, and per account overall with a higher ceiling: a guesser at one address is stopped
 * without locking the owner out elsewhere, and guessing spread over many addresses is still
 * capped. Attempts turned away count only against their own address (so hammering keeps that
 * address shut, but cannot push the account over its overall ceiling).
 */
export const THROTTLE = {
  /** Failures of one account from one address within the window that shut that address out. */
  perAddress: 5,
  /** Failures of one account from all addresses within the window that shut everyone out. */
  perAccount: 50,
  windowMs: 15 * 60_000,
} as const;

export type Factor = 'password' | 'totp';

export interface AttemptOrigin {
  email: string;
  address: string;
}

/** Since the account's last success or the start of the window, whichever is later. */
async function countSince(db: Queryable, origin: AttemptOrigin, now: Date) {
  const [lastSuccess] = await db
    .select({ at: loginAttempts.createdAt })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, origin.email), eq(loginAttempts.succeeded, true)))
    .orderBy(desc(loginAttempts.createdAt))
    .limit(1);
  const windowStart = now.getTime() - THROTTLE.windowMs;
  return new Date(Math.max(windowStart, lastSuccess?.at.getTime() ?? 0));
}

async function failures(db: Queryable, ...conditions: SQL[]) {
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.succeeded, false), ...conditions));
  return row?.n ?? 0;
}

/** True when this attempt must be turned away before anything is checked (no hash is paid). */
export async function isThrottled(db: Queryable, origin: AttemptOrigin, now: Date) {
  const since = await countSince(db, origin, now);
  const recent = and(eq(loginAttempts.email, origin.email), gt(loginAttempts.createdAt, since))!;
  const fromAddress = await failures(db, recent, eq(loginAttempts.address, origin.address));
  if (fromAddress >= THROTTLE.perAddress) return true;
  const overall = await failures(db, recent, eq(loginAttempts.refused, false));
  return overall >= THROTTLE.perAccount;
}

export async function recordAttempt(
  db: Queryable,
  origin: AttemptOrigin,
  outcome: { succeeded: boolean; refused?: boolean; factor?: Factor },
  now: Date,
) {
  await db.insert(loginAttempts).values({
    email: origin.email,
    address: origin.address,
    succeeded: outcome.succeeded,
    refused: outcome.refused ?? false,
    factor: outcome.factor ?? 'password',
    createdAt: now,
  });
}
