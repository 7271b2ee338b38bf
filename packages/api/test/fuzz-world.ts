import { inArray, sql } from 'drizzle-orm';
import { queryRows, users } from '@sixstep/db';
import sharp from 'sharp';
import { uploadPhoto } from '../src/services/photos/upload-photo';
import { createHarness, type Actor, type Harness } from './harness';
import { seedProgramFixture } from './program-fixture';
import type { StringHints } from './fuzz-zod';

export const ACTORS: Actor[] = [
  'anonymous',
  'client',
  'otherClient',
  'coach',
  'otherCoach',
  'admin',
];

export interface FuzzWorld {
  h: Harness;
  /** Field-name hints for one procedure: ids of real objects (anyone's), tokens, e-mail addresses. */
  hintsFor(procedure: string): StringHints;
  /** Undoes what fuzzed calls may do to the six fixture users, so every procedure meets the same cast. */
  restoreCast(): Promise<void>;
}

const isoDay = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** What `id` names in each router. */
const ID_KIND_BY_ROUTER: Record<string, string> = {
  catalog: 'exercise',
  programs: 'program',
  coaches: 'coach',
  assignments: 'assignment',
  logs: 'workout',
  notes: 'note',
  checkins: 'checkin',
  photos: 'photo',
};

/** What other id-like fields name. */
const ID_KIND_BY_FIELD: Record<string, string> = {
  clientId: 'client',
  programId: 'program',
  copyFromId: 'program',
  exerciseId: 'exercise',
  progressionId: 'exercise',
  defaultExerciseIds: 'exercise',
  actorId: 'user',
  entityId: 'any',
  before: 'message',
  photoIds: 'photo',
};

/**
 * Two coaches with a client each (both with an assignment, day logs, workouts and notes),
 * pending invitations, coach-owned programs, an archived exercise and audit rows: every kind of
 * object a procedure can name exists, for the caller and for someone else.
 */
export async function createFuzzWorld(): Promise<FuzzWorld> {
  const h = await createHarness();
  const fx = await seedProgramFixture(h.database.db);
  const tokens: string[] = [];
  const victimEmails: string[] = [];
  const workoutKeys: string[] = [];

  for (const [coach, client] of [
    ['coach', 'client'],
    ['otherCoach', 'otherClient'],
  ] as const) {
    await h
      .as(coach)
      .programs.create({ name: `${coach} variant`, defaultExerciseIds: [fx.exerciseId.row] });
    await h.as(coach).assignments.create({
      clientId: h.ids[client],
      programId: fx.templateId,
      startDate: isoDay(-14),
      weeks: 12,
    });
    for (let day = -6; day <= 0; day++) {
      await h.as(client).logs.upsertDay({
        date: isoDay(day),
        calories: 1800 + day,
        meals: 3,
        proteinMeals: 2,
        weightKg: 80,
        note: `day ${day}`,
      });
    }
    const keys = [`${client}-cardio-key`, `${client}-strength-key`];
    workoutKeys.push(...keys);
    await h.as(client).logs.addWorkout({
      key: keys[0]!,
      date: isoDay(-1),
      kind: 'cardio',
      minutes: 30,
      activity: 'rowing',
    });
    await h.as(client).logs.addWorkout({
      key: keys[1]!,
      date: isoDay(0),
      kind: 'strength',
      exerciseId: fx.exerciseId.row,
      sets: [{ reps: 10, loadKg: 12 }],
    });
    await h.as(coach).notes.create({ clientId: h.ids[client], body: `Notes about ${client}` });
    const answers = { energy: 3, hunger: 2, sleep: 4, stress: 2 };
    const lastWeek = await h
      .as(client)
      .checkins.submit({ date: isoDay(-7), weightKg: 80, waistCm: 90, ...answers });
    await h.as(coach).checkins.review({ id: lastWeek.id, reply: `Good week, ${client}` });
    const photo = await uploadPhoto(
      h.database.db,
      { id: h.ids[client], role: 'client' },
      {
        bytes: await sharp({
          create: { width: 60, height: 80, channels: 3, background: '#b0c4de' },
        })
          .jpeg()
          .toBuffer(),
        pose: 'back',
        takenOn: isoDay(0),
      },
      new Date(),
    );
    await h
      .as(client)
      .checkins.submit({ date: isoDay(0), weightKg: 79.5, ...answers, photoIds: [photo.id] });
    for (const [author, text] of [
      [client, 'How many sets today?'],
      [coach, 'Three of each, as planned.'],
    ] as const) {
      const key = `${author}-message-key`;
      workoutKeys.push(key);
      await h.as(author).messages.send({ clientId: h.ids[client], key, body: text });
    }
    for (const kind of ['pending', 'victim']) {
      const email = `${kind}-${coach.toLowerCase()}@test.local`;
      const invited = await h.as(coach).clients.invite({
        email,
        name: `${kind} of ${coach}`,
        sex: 'male',
        birthDate: '1988-08-08',
        heightCm: 175,
        startWeightKg: 85,
        activityLevel: 'light',
      });
      tokens.push(invited.inviteUrl!.split('/invite/')[1]!);
      if (kind === 'victim') victimEmails.push(email);
    }
  }
  const archived = await h
    .as('admin')
    .catalog.create({ slug: 'archived-move', name: 'Archived move', category: 'hiit' });
  await h.as('admin').catalog.archive({ id: archived.id });
  const firstPage = await h.as('admin').catalog.list({ limit: 2, includeArchived: true });
  const catalogCursors = firstPage.nextCursor ? [firstPage.nextCursor] : [];

  const ids = await idsByKind(h);
  const emails = (await h.database.db.select({ email: users.email }).from(users)).map(
    (u) => u.email,
  );

  const hintsFor = (procedure: string): StringHints => {
    const router = procedure.split('.')[0]!;
    const idsOf = (kind: string | undefined) =>
      kind === undefined ? [] : kind === 'any' ? ids.all : (ids[kind] ?? []);
    return (key) => {
      if (key === 'id') return idsOf(ID_KIND_BY_ROUTER[router] ?? 'any');
      if (key in ID_KIND_BY_FIELD) return idsOf(ID_KIND_BY_FIELD[key]);
      switch (key) {
        case 'token':
          return tokens;
        case 'confirmation':
          return victimEmails;
        case 'email':
          return emails;
        case 'key':
          return workoutKeys;
        case 'cursor':
          return router === 'audit' ? (ids.audit ?? []) : catalogCursors;
        case 'entity':
          return ['user', 'exercise', 'assignment', 'program', 'client'];
        case 'search':
          return ['pull', 'Cleo', 'test.local', 'row'];
        default:
          return [];
      }
    };
  };

  const cast = Object.values(h.ids);
  return {
    h,
    hintsFor,
    restoreCast: async () => {
      await h.database.db.update(users).set({ deactivatedAt: null }).where(inArray(users.id, cast));
    },
  };
}

async function idsByKind(h: Harness): Promise<Record<string, string[]> & { all: string[] }> {
  const rows = await queryRows<{ kind: string; id: string }>(
    h.database.db,
    sql`select role::text as kind, id::text from users
        union all select 'user', id::text from users
        union all select 'exercise', id::text from exercises
        union all select 'program', id::text from programs
        union all select 'assignment', id::text from assignments
        union all select 'workout', id::text from workout_logs
        union all select 'note', id::text from coach_notes
        union all select 'message', id::text from messages
        union all select 'checkin', id::text from checkins
        union all select 'photo', id::text from progress_photos
        union all select 'audit', id::text from audit_log`,
  );
  const byKind: Record<string, string[]> = {};
  for (const row of rows) (byKind[row.kind] ??= []).push(row.id);
  return { ...byKind, all: [...new Set(rows.map((r) => r.id))] };
}
