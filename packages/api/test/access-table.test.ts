import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { generate } from 'otplib';
import { hashPassword, users } from '@sixstep/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { appRouter } from '../src';
import { uploadPhoto } from '../src/services/photos/upload-photo';
import { createHarness, type Actor, type Harness } from './harness';
import { seedProgramFixture } from './program-fixture';

/**
 * Every procedure × every kind of caller, with the outcome each must get. The objects used
 * belong to `coach` and their `client`; `otherCoach` and `otherClient` are strangers to them.
 */
type Outcome = 'ok' | TRPCError['code'];
type Expectation = Record<Actor, Outcome>;
type Caller = ReturnType<Harness['as']>;

const ACTORS: Actor[] = ['anonymous', 'client', 'otherClient', 'coach', 'otherCoach', 'admin'];

const anyone: Expectation = {
  anonymous: 'ok',
  client: 'ok',
  otherClient: 'ok',
  coach: 'ok',
  otherCoach: 'ok',
  admin: 'ok',
};
const signedIn: Expectation = { ...anyone, anonymous: 'UNAUTHORIZED' };
const adminOnly: Expectation = {
  anonymous: 'UNAUTHORIZED',
  client: 'FORBIDDEN',
  otherClient: 'FORBIDDEN',
  coach: 'FORBIDDEN',
  otherCoach: 'FORBIDDEN',
  admin: 'ok',
};
/** Coach-only procedure on the coach's own client (or something under them). */
const ownCoach: Expectation = {
  ...adminOnly,
  coach: 'ok',
  otherCoach: 'NOT_FOUND',
  admin: 'FORBIDDEN',
};
/** Coach-only procedure about the caller's own roster. */
const anyCoach: Expectation = { ...ownCoach, otherCoach: 'ok' };
/** Client-only procedure on the caller's own data. */
const selfClient: Expectation = {
  ...adminOnly,
  client: 'ok',
  otherClient: 'ok',
  admin: 'FORBIDDEN',
};

const KNOWN_PASSWORD = 'the password we set';
const STRONG_PASSWORD = 'quiet harbour lantern 42';
let knownHash: string;
async function setKnownPassword(actor: Exclude<Actor, 'anonymous'>) {
  await h.database.db
    .update(users)
    .set({ passwordHash: knownHash })
    .where(eq(users.id, h.ids[actor]));
}

let h: Harness;
let fx: Awaited<ReturnType<typeof seedProgramFixture>>;
let today: string;
let coachProgramId: string;
let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

async function newClientOfCoach(): Promise<{ clientId: string; email: string; token: string }> {
  const email = `c-${unique()}@test.local`;
  const res = await h.as('coach').clients.invite({
    email,
    name: 'Table Client',
    sex: 'female',
    birthDate: '1991-03-04',
    heightCm: 168,
    startWeightKg: 72,
    activityLevel: 'light',
  });
  return { clientId: res.clientId, email, token: res.inviteUrl!.split('/invite/')[1]! };
}

async function newExercise(): Promise<{ id: string; version: number }> {
  const ex = await h
    .as('admin')
    .catalog.create({ slug: `ex-${unique()}`, name: 'Table exercise', category: 'strength' });
  return { id: ex.id, version: ex.version };
}

const CHECKIN_ANSWERS = { energy: 3, hunger: 3, sleep: 3, stress: 3 };

/** A client of `coach` with a program started today and a check-in waiting for review. */
async function newWaitingCheckin(): Promise<string> {
  const { clientId } = await newClientOfCoach();
  await h
    .as('coach')
    .assignments.create({ clientId, programId: fx.templateId, startDate: today, weeks: 4 });
  const checkin = await h
    .asUser(clientId, 'client')
    .checkins.submit({ date: today, ...CHECKIN_ANSWERS });
  return checkin.id;
}

/** A progress photo of `client`, stored the way POST /api/photos stores one. */
async function newPhotoOfClient(): Promise<string> {
  const bytes = await sharp({
    create: { width: 40, height: 30, channels: 3, background: '#c0d0e0' },
  })
    .jpeg()
    .toBuffer();
  const photo = await uploadPhoto(
    h.database.db,
    { id: h.ids.client, role: 'client' },
    { bytes, pose: 'back', takenOn: today },
    new Date(),
  );
  return photo.id;
}

async function newWorkoutOfClient(): Promise<string> {
  const w = await h.as('client').logs.addWorkout({
    key: `key-${unique()}`,
    date: today,
    kind: 'cardio',
    minutes: 30,
    activity: 'rowing',
  });
  return w.id;
}

interface Row {
  path: string;
  expect: Expectation;
  /**
   * Builds a fresh input (or a promise of one) for one call, so calls that change things do not
   * affect each other.
   */
  input: (actor: Actor) => unknown;
}

const rows: Row[] = [
  { path: 'auth.me', expect: signedIn, input: () => undefined },
  {
    path: 'auth.acceptInvite',
    expect: anyone,
    input: async () => ({
      token: (await newClientOfCoach()).token,
      name: 'Accepted',
      password: 'a-long-password',
    }),
  },
  {
    path: 'auth.requestPasswordReset',
    expect: anyone,
    input: () => ({ email: 'client@test.local' }),
  },
  {
    path: 'auth.resetPassword',
    expect: anyone,
    input: async () => {
      const { resetUrl } = await h.as('admin').auth.createResetLink({ id: h.ids.otherClient });
      return { token: resetUrl.split('/reset-password/')[1]!, password: STRONG_PASSWORD };
    },
  },
  { path: 'auth.createResetLink', expect: adminOnly, input: () => ({ id: h.ids.otherClient }) },
  // Public: a made-up link is refused the same for everyone.
  {
    path: 'auth.confirmEmailChange',
    expect: {
      anonymous: 'BAD_REQUEST',
      client: 'BAD_REQUEST',
      otherClient: 'BAD_REQUEST',
      coach: 'BAD_REQUEST',
      otherCoach: 'BAD_REQUEST',
      admin: 'BAD_REQUEST',
    },
    input: () => ({ token: 'made-up-token' }),
  },
  { path: 'account.settings', expect: signedIn, input: () => undefined },
  { path: 'account.updateSettings', expect: signedIn, input: () => ({ unitPreference: 'kg' }) },
  {
    path: 'account.changePassword',
    expect: signedIn,
    input: async (actor) => {
      if (actor !== 'anonymous') await setKnownPassword(actor);
      return { currentPassword: KNOWN_PASSWORD, newPassword: STRONG_PASSWORD };
    },
  },
  {
    // Without mail the confirmation link cannot reach the new address: refused for everyone.
    path: 'account.requestEmailChange',
    expect: {
      anonymous: 'UNAUTHORIZED',
      client: 'PRECONDITION_FAILED',
      otherClient: 'PRECONDITION_FAILED',
      coach: 'PRECONDITION_FAILED',
      otherCoach: 'PRECONDITION_FAILED',
      admin: 'PRECONDITION_FAILED',
    },
    input: async (actor) => {
      if (actor !== 'anonymous') await setKnownPassword(actor);
      return { newEmail: `moved-${unique()}@test.local`, currentPassword: KNOWN_PASSWORD };
    },
  },
  { path: 'account.signOutEverywhere', expect: signedIn, input: () => undefined },
  // The fixture admin has two-factor on already (admins must).
  {
    path: 'account.twoFactor.begin',
    expect: { ...signedIn, admin: 'CONFLICT' },
    input: () => undefined,
  },
  {
    path: 'account.twoFactor.confirm',
    expect: { ...signedIn, admin: 'CONFLICT' },
    input: async (actor) => {
      if (actor === 'anonymous' || actor === 'admin') return { code: '123456' };
      const { secret } = await h.as(actor).account.twoFactor.begin();
      return { code: await generate({ secret }) };
    },
  },
  {
    path: 'account.twoFactor.disable',
    expect: { ...signedIn, admin: 'FORBIDDEN' },
    input: async (actor) => {
      if (actor !== 'anonymous') await setKnownPassword(actor);
      return { password: KNOWN_PASSWORD };
    },
  },

  { path: 'catalog.list', expect: signedIn, input: () => ({}) },
  { path: 'catalog.get', expect: signedIn, input: () => ({ id: fx.exerciseId.row }) },
  {
    path: 'catalog.create',
    expect: adminOnly,
    input: () => ({ slug: `new-${unique()}`, name: 'New one', category: 'cardio' }),
  },
  {
    path: 'catalog.update',
    expect: adminOnly,
    input: async () => ({ ...(await newExercise()), instructions: 'Updated by the table' }),
  },
  {
    path: 'catalog.archive',
    expect: adminOnly,
    input: async () => ({ id: (await newExercise()).id }),
  },
  {
    path: 'catalog.restore',
    expect: adminOnly,
    input: async () => {
      const ex = await newExercise();
      await h.as('admin').catalog.archive({ id: ex.id });
      return { id: ex.id };
    },
  },
  { path: 'catalog.history', expect: adminOnly, input: () => ({ id: fx.exerciseId.row }) },

  { path: 'programs.list', expect: { ...anyCoach, admin: 'ok' }, input: () => undefined },
  {
    path: 'programs.get',
    expect: { ...ownCoach, admin: 'ok' },
    input: () => ({ id: coachProgramId }),
  },
  // Admins own the one system template; it exists already, so another is refused.
  {
    path: 'programs.create',
    expect: { ...anyCoach, admin: 'CONFLICT' },
    input: () => ({ name: `Variant ${unique()}` }),
  },
  {
    path: 'programs.update',
    expect: ownCoach,
    input: () => ({ id: coachProgramId, description: `Edited ${unique()}` }),
  },

  { path: 'coaches.list', expect: adminOnly, input: () => undefined },
  {
    path: 'coaches.create',
    expect: adminOnly,
    input: () => ({
      email: `coach-${unique()}@test.local`,
      name: 'New Coach',
    }),
  },
  {
    path: 'coaches.deactivate',
    expect: adminOnly,
    input: async () => {
      const c = await h.as('admin').coaches.create({
        email: `coach-${unique()}@test.local`,
        name: 'Temp Coach',
      });
      return { id: c.id };
    },
  },
  {
    path: 'coaches.reactivate',
    expect: adminOnly,
    input: async () => {
      const c = await h.as('admin').coaches.create({
        email: `coach-${unique()}@test.local`,
        name: 'Temp Coach',
      });
      await h.as('admin').coaches.deactivate({ id: c.id });
      return { id: c.id };
    },
  },

  { path: 'clients.list', expect: anyCoach, input: () => ({}) },
  { path: 'clients.listAll', expect: adminOnly, input: () => ({}) },
  { path: 'clients.get', expect: ownCoach, input: () => ({ clientId: h.ids.client }) },
  {
    path: 'clients.invite',
    expect: anyCoach,
    input: () => ({
      email: `invite-${unique()}@test.local`,
      name: 'Invited',
      sex: 'male',
      birthDate: '1980-01-01',
      heightCm: 180,
      startWeightKg: 90,
      activityLevel: 'moderate',
    }),
  },
  {
    path: 'clients.reinvite',
    expect: ownCoach,
    input: async () => ({ clientId: (await newClientOfCoach()).clientId }),
  },
  {
    path: 'clients.updateProfile',
    expect: ownCoach,
    input: () => ({ clientId: h.ids.client, heightCm: 166 }),
  },

  { path: 'assignments.current', expect: ownCoach, input: () => ({ clientId: h.ids.client }) },
  {
    path: 'assignments.create',
    expect: ownCoach,
    input: async () => ({
      clientId: (await newClientOfCoach()).clientId,
      programId: fx.templateId,
      startDate: today,
      weeks: 8,
    }),
  },
  {
    path: 'assignments.update',
    expect: ownCoach,
    input: async () => {
      const { clientId } = await newClientOfCoach();
      const a = await h
        .as('coach')
        .assignments.create({ clientId, programId: fx.templateId, startDate: today, weeks: 8 });
      return { id: a.id, weeks: 10 };
    },
  },
  {
    path: 'assignments.end',
    expect: ownCoach,
    input: async () => {
      const { clientId } = await newClientOfCoach();
      const a = await h
        .as('coach')
        .assignments.create({ clientId, programId: fx.templateId, startDate: today, weeks: 8 });
      return { id: a.id };
    },
  },

  { path: 'plan.today', expect: selfClient, input: () => ({}) },
  { path: 'plan.week', expect: selfClient, input: () => ({}) },

  { path: 'logs.upsertDay', expect: selfClient, input: () => ({ date: today, calories: 1700 }) },
  {
    path: 'logs.addWorkout',
    expect: selfClient,
    input: () => ({
      key: `key-${unique()}`,
      date: today,
      kind: 'cardio',
      minutes: 35,
      activity: 'swimming',
    }),
  },
  {
    path: 'logs.deleteWorkout',
    expect: { ...selfClient, otherClient: 'NOT_FOUND' },
    input: async () => ({ id: await newWorkoutOfClient() }),
  },
  {
    // A client naming someone else's id is not widened to them; coaches read their own clients.
    path: 'logs.list',
    expect: { ...ownCoach, client: 'ok', otherClient: 'NOT_FOUND' },
    input: () => ({ clientId: h.ids.client, from: today, to: today }),
  },

  {
    path: 'adherence.forClient',
    expect: { ...ownCoach, client: 'ok', otherClient: 'NOT_FOUND' },
    input: () => ({ clientId: h.ids.client }),
  },
  { path: 'adherence.roster', expect: anyCoach, input: () => undefined },

  { path: 'notes.list', expect: ownCoach, input: () => ({ clientId: h.ids.client }) },
  {
    path: 'notes.create',
    expect: ownCoach,
    input: () => ({ clientId: h.ids.client, body: 'Private note from the table' }),
  },
  {
    path: 'notes.delete',
    expect: ownCoach,
    input: async () => ({
      id: (await h.as('coach').notes.create({ clientId: h.ids.client, body: 'To delete' })).id,
    }),
  },

  { path: 'exports.clientCsv', expect: ownCoach, input: () => ({ clientId: h.ids.client }) },
  {
    path: 'exports.clientAdherenceCsv',
    expect: ownCoach,
    input: () => ({ clientId: h.ids.client }),
  },
  { path: 'exports.myData', expect: selfClient, input: () => undefined },

  {
    path: 'clients.delete',
    expect: { ...ownCoach, admin: 'ok' },
    input: async () => {
      const { clientId, email } = await newClientOfCoach();
      return { clientId, confirmation: email };
    },
  },
  { path: 'audit.list', expect: adminOnly, input: () => ({}) },

  // Conversations: the client and their own coach; admins are kept out of every thread.
  { path: 'messages.threads', expect: anyCoach, input: () => undefined },
  {
    path: 'messages.list',
    expect: { ...ownCoach, client: 'ok', otherClient: 'NOT_FOUND' },
    input: () => ({ clientId: h.ids.client }),
  },
  {
    path: 'messages.send',
    expect: { ...ownCoach, client: 'ok', otherClient: 'NOT_FOUND' },
    input: () => ({ clientId: h.ids.client, key: `key-${unique()}`, body: 'From the table' }),
  },
  {
    path: 'messages.markRead',
    expect: { ...ownCoach, client: 'ok', otherClient: 'NOT_FOUND' },
    input: () => ({ clientId: h.ids.client }),
  },

  // Check-ins: the client's own; their coach reads and reviews. otherClient has no program.
  {
    path: 'checkins.submit',
    expect: { ...selfClient, otherClient: 'BAD_REQUEST' },
    input: () => ({ date: today, ...CHECKIN_ANSWERS }),
  },
  {
    path: 'checkins.list',
    expect: { ...ownCoach, client: 'ok', otherClient: 'NOT_FOUND' },
    input: () => ({ clientId: h.ids.client }),
  },
  {
    path: 'checkins.weeks',
    expect: { ...ownCoach, client: 'ok', otherClient: 'NOT_FOUND' },
    input: () => ({ clientId: h.ids.client }),
  },
  {
    path: 'checkins.get',
    expect: { ...ownCoach, client: 'ok', otherClient: 'NOT_FOUND' },
    input: async () => ({
      id: (await h.as('client').checkins.submit({ date: today, ...CHECKIN_ANSWERS })).id,
    }),
  },
  { path: 'checkins.queue', expect: anyCoach, input: () => undefined },
  {
    path: 'checkins.review',
    expect: ownCoach,
    input: async () => ({ id: await newWaitingCheckin(), reply: 'Well done this week' }),
  },

  // Progress photos' facts (the images' own routes have their table in photos.test.ts).
  {
    path: 'photos.list',
    expect: { ...ownCoach, client: 'ok', otherClient: 'NOT_FOUND' },
    input: () => ({ clientId: h.ids.client }),
  },
  {
    path: 'photos.delete',
    expect: { ...selfClient, otherClient: 'NOT_FOUND' },
    input: async () => ({ id: await newPhotoOfClient() }),
  },
];

async function call(caller: Caller, path: string, input: unknown): Promise<Outcome> {
  const procedure = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    i: unknown,
  ) => Promise<unknown>;
  try {
    await procedure(input);
    return 'ok';
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

beforeAll(async () => {
  h = await createHarness();
  knownHash = await hashPassword(KNOWN_PASSWORD);
  fx = await seedProgramFixture(h.database.db);
  today = new Date().toISOString().slice(0, 10);
  await h.as('coach').assignments.create({
    clientId: h.ids.client,
    programId: fx.templateId,
    startDate: today,
    weeks: 12,
  });
  coachProgramId = (await h.as('coach').programs.create({ name: 'Coach variant' })).id;
});
afterAll(() => h.destroy());

describe('access table', () => {
  it('lists every procedure of the router, and only those', () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(rows.map((r) => r.path).sort()).toEqual(procedures);
  });

  for (const row of rows) {
    it(`${row.path}`, async () => {
      const outcomes: Partial<Expectation> = {};
      for (const actor of ACTORS) {
        const input = await row.input(actor);
        outcomes[actor] = await call(h.as(actor), row.path, input);
      }
      expect(outcomes).toEqual(row.expect);
    });
  }
});
