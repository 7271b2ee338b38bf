import { eq } from 'drizzle-orm';
import { clientProfiles, users, type Db } from '@sixstep/db';
import { createTestDatabase, type TestDatabase } from '@sixstep/db/testing';
import {
  appRouter,
  createCallerFactory,
  createContext,
  signInWithPassword,
  type Role,
  type SessionClaims,
} from '../src';
import type { Mail, Mailer } from '../src/infra/mailer';

const createCaller = createCallerFactory(appRouter);

export type Actor = 'anonymous' | 'admin' | 'coach' | 'otherCoach' | 'client' | 'otherClient';

export interface Harness {
  database: TestDatabase;
  ids: Record<Exclude<Actor, 'anonymous'>, string>;
  /** Mails "sent" through the recording mailer, when a test enables mail. */
  mails: Mail[];
  /** A caller acting as one of the fixture users, with a real session for that user. */
  as(
    actor: Actor,
    options?: { now?: () => Date; mailEnabled?: boolean; mailer?: Mailer },
  ): ReturnType<typeof createCaller>;
  /** A caller for any user id and role (for users a test creates itself). */
  asUser(
    userId: string,
    role: Role,
    options?: { now?: () => Date },
  ): ReturnType<typeof createCaller>;
  destroy(): Promise<void>;
}

/**
 * A fresh database with two coaches, each with one client, and an admin. Tests call procedures
 * through the real router with real sessions, never through mocks.
 */
export async function createHarness(): Promise<Harness> {
  const database = await createTestDatabase();
  const { db } = database;
  const inserted = await db
    .insert(users)
    .values([
      // Admins must have two-factor on to act; the fixture admin has (its secret is not needed here).
      { email: 'admin@test.local', name: 'Ada Admin', role: 'admin', totpEnabledAt: new Date() },
      { email: 'coach@test.local', name: 'Cora Coach', role: 'coach' },
      { email: 'coach2@test.local', name: 'Otto Coach', role: 'coach' },
      { email: 'client@test.local', name: 'Cleo Client', role: 'client' },
      { email: 'client2@test.local', name: 'Oscar Client', role: 'client' },
    ])
    .returning({ id: users.id, email: users.email });
  const byEmail = (email: string) => inserted.find((u) => u.email === email)!.id;
  const ids = {
    admin: byEmail('admin@test.local'),
    coach: byEmail('coach@test.local'),
    otherCoach: byEmail('coach2@test.local'),
    client: byEmail('client@test.local'),
    otherClient: byEmail('client2@test.local'),
  };
  await db.insert(clientProfiles).values([
    {
      userId: ids.client,
      coachId: ids.coach,
      sex: 'female',
      birthDate: '1990-05-01',
      heightCm: 165,
      startWeightKg: 80,
      activityLevel: 'moderate',
    },
    {
      userId: ids.otherClient,
      coachId: ids.otherCoach,
      sex: 'male',
      birthDate: '1985-01-15',
      heightCm: 180,
      startWeightKg: 95,
      activityLevel: 'light',
    },
  ]);

  const mails: Mail[] = [];
  const recordingMailer: Mailer = {
    enabled: true,
    send: (mail) => {
      mails.push(mail);
      return Promise.resolve();
    },
  };
  const roles: Record<Exclude<Actor, 'anonymous'>, Role> = {
    admin: 'admin',
    coach: 'coach',
    otherCoach: 'coach',
    client: 'client',
    otherClient: 'client',
  };

  const asUser: Harness['asUser'] = (userId, role, options = {}) =>
    createCaller(async () =>
      createContext({ db, session: await currentSession(db, userId, role), ...options }),
    );

  return {
    database,
    ids,
    mails,
    asUser,
    as(actor, options = {}) {
      const { mailEnabled, mailer: given, ...rest } = options;
      const mailer = given ?? (mailEnabled ? recordingMailer : undefined);
      if (actor === 'anonymous')
        return createCaller(
          createContext({ db, session: null, ...rest, ...(mailer && { mailer }) }),
        );
      return createCaller(async () =>
        createContext({
          db,
          session: await currentSession(db, ids[actor], roles[actor]),
          ...rest,
          ...(mailer && { mailer }),
        }),
      );
    },
    destroy: () => database.destroy(),
  };
}

/**
 * A session as a fresh sign-in would make it: the user's present session version, signed in now.
 * Read when each call is made, so a caller outlives sign-out-everywhere like a new sign-in would.
 */
export async function currentSession(db: Db, userId: string, role: Role): Promise<SessionClaims> {
  const [row] = await db
    .select({ sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, userId));
  return { userId, role, sessionVersion: row?.sessionVersion ?? 1, authTime: Date.now() };
}

/** The sign-in check without two-factor: the user it signs in, or null for any refusal. */
export async function verifyCredentials(
  db: Db,
  credentials: { email: string; password: string; code?: string },
  now: Date = new Date(),
  address = '192.0.2.1',
) {
  const result = await signInWithPassword(db, credentials, {
    address,
    now,
    twoFactorKey: createContext({ db, session: null }).twoFactorKey,
  });
  return result.ok ? result.user : null;
}
