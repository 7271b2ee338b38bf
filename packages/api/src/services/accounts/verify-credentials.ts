import { and, desc, eq, gt, sql } from 'drizzle-orm';
import { hashPassword, loginAttempts, users, verifyPassword, type Db } from '@sixstep/db';
import type { Role } from '../../context';

/** Five failures for one address within this window lock it … */
export const THROTTLE_MAX_FAILURES = 5;
export const THROTTLE_WINDOW_MS = 15 * 60_000;
/** … for this long after the latest failure. */
export const THROTTLE_LOCK_MS = 15 * 60_000;

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

let dummyHash: Promise<string> | undefined;
/** Unknown addresses are checked against this, so they take as long as a wrong password. */
const timingDummy = () => (dummyHash ??= hashPassword('sixstep-timing-dummy-password'));

/**
 * Locked when the last THROTTLE_MAX_FAILURES failures since the last success all fall within
 * THROTTLE_WINDOW_MS and the latest is less than THROTTLE_LOCK_MS old. Refused attempts count as
 * failures, so hammering a locked address keeps it locked.
 */
async function isLocked(db: Db, email: string, now: Date): Promise<boolean> {
  const [lastSuccess] = await db
    .select({ at: loginAttempts.createdAt })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, true)))
    .orderBy(desc(loginAttempts.createdAt))
    .limit(1);
  const failures = await db
    .select({ at: loginAttempts.createdAt })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.email, email),
        eq(loginAttempts.succeeded, false),
        gt(
          loginAttempts.createdAt,
          new Date(
            Math.max(
              lastSuccess?.at.getTime() ?? 0,
              now.getTime() - THROTTLE_WINDOW_MS - THROTTLE_LOCK_MS,
            ),
          ),
        ),
      ),
    )
    .orderBy(desc(loginAttempts.createdAt))
    .limit(THROTTLE_MAX_FAILURES);
  if (failures.length < THROTTLE_MAX_FAILURES) return false;
  const latest = failures[0]!.at.getTime();
  const oldest = failures[THROTTLE_MAX_FAILURES - 1]!.at.getTime();
  return latest - oldest <= THROTTLE_WINDOW_MS && now.getTime() - latest < THROTTLE_LOCK_MS;
}

/**
 * Next-auth's Credentials `authorize`: the user, or null for every kind of refusal (unknown
 * address, wrong password, no password yet, deactivated, throttled), so callers cannot tell
 * them apart. Every attempt is recorded.
 */
export async function verifyCredentials(
  db: Db,
  credentials: { email: string; password: string },
  now: Date = new Date(),
): Promise<SignedInUser | null> {
  const email = credentials.email.trim().toLowerCase();
  if (!email || email.length > 254) return null;
  const record = (succeeded: boolean) =>
    db.insert(loginAttempts).values({ email, succeeded, createdAt: now });

  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      passwordHash: users.passwordHash,
      deactivatedAt: users.deactivatedAt,
    })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email));
  // Always pay for one hash check, whatever the outcome, so timing tells nothing either.
  const passwordOk = await verifyPassword(
    credentials.password.slice(0, 200),
    user?.passwordHash ?? (await timingDummy()),
  );
  const locked = await isLocked(db, email, now);
  const succeeded = Boolean(
    user && user.passwordHash && !user.deactivatedAt && passwordOk && !locked,
  );
  await record(succeeded);
  if (!succeeded || !user) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
