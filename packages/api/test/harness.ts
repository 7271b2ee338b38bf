import { clientProfiles, users } from '@sixstep/db';
import { createTestDatabase, type TestDatabase } from '@sixstep/db/testing';
import { appRouter, createCallerFactory, createContext, type Role } from '../src';
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
    options?: { now?: () => Date; mailEnabled?: boolean },
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
      { email: 'admin@test.local', name: 'Ada Admin', role: 'admin' },
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
    createCaller(createContext({ db, session: { userId, role }, ...options }));

  return {
    database,
    ids,
    mails,
    asUser,
    as(actor, options = {}) {
      const { mailEnabled, ...rest } = options;
      const mailer = mailEnabled ? recordingMailer : undefined;
      if (actor === 'anonymous')
        return createCaller(
          createContext({ db, session: null, ...rest, ...(mailer && { mailer }) }),
        );
      return createCaller(
        createContext({
          db,
          session: { userId: ids[actor], role: roles[actor] },
          ...rest,
          ...(mailer && { mailer }),
        }),
      );
    },
    destroy: () => database.destroy(),
  };
}
