import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  adherenceFlags,
  ageOn,
  assignmentTargetsSchema,
  calorieTargetFor,
  computeAdherence,
  daysBetween,
  DEFAULT_PROGRAM_TARGETS,
  PULL_UP_LADDER,
  SYSTEM_TEMPLATE_NAME,
  toWorkoutFact,
} from '@sixstep/domain';
import {
  assignments,
  clientProfiles,
  DEMO_CLIENTS,
  DEMO_PASSWORD,
  DEMO_STAFF,
  dayLogs,
  exercises,
  programs,
  queryRows,
  seed,
  users,
  verifyPassword,
  workoutLogs,
  type Db,
  type SeedSummary,
} from '../src/index';
import { createTestDatabase, type TestDatabase } from '../src/testing';

const TODAY = '2025-03-12';
const TABLES = [
  'users',
  'client_profiles',
  'exercises',
  'exercise_revisions',
  'programs',
  'assignments',
  'day_logs',
  'workout_logs',
  'checkins',
  'messages',
  'progress_photos',
  'photo_images',
];

let database: TestDatabase;
let db: Db;
let first: SeedSummary;
let second: SeedSummary;
let countsAfterFirst: Record<string, number>;
let countsAfterSecond: Record<string, number>;

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await queryRows<{ count: number | string }>(
      db,
      sql`select count(*) as count from ${sql.identifier(table)}`,
    );
    counts[table] = Number(row!.count);
  }
  return counts;
}

async function userId(email: string): Promise<string> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row!.id;
}

/** A client's assignment and logs, as adherence reads them. */
async function adherenceInput(email: string) {
  const clientId = await userId(email);
  const [assignment] = await db
    .select()
    .from(assignments)
    .where(and(eq(assignments.clientId, clientId), eq(assignments.status, 'active')));
  const days = await db
    .select()
    .from(dayLogs)
    .where(eq(dayLogs.clientId, clientId))
    .orderBy(asc(dayLogs.date));
  const workouts = (
    await db.select().from(workoutLogs).where(eq(workoutLogs.clientId, clientId))
  ).map(toWorkoutFact);
  return { assignment: assignment!, days, workouts, today: TODAY };
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  first = await seed(db, { today: TODAY });
  countsAfterFirst = await rowCounts();
  second = await seed(db, { today: TODAY });
  countsAfterSecond = await rowCounts();
});

afterAll(() => database?.destroy());

describe('running the seed', () => {
  it('loads the catalog, the template, the accounts, assignments and logs the first time', () => {
    expect(first).toMatchObject({ exercises: 15, systemTemplate: 1, accounts: 12, assignments: 9 });
    expect(first.dayLogs).toBeGreaterThan(9 * 35);
    expect(first.workoutLogs).toBeGreaterThan(9 * 30);
    expect(countsAfterFirst).toMatchObject({
      users: 12,
      client_profiles: 9,
      exercises: 15,
      exercise_revisions: 15,
      programs: 1,
      assignments: 9,
    });
    expect(countsAfterFirst.day_logs).toBe(first.dayLogs);
    expect(countsAfterFirst.workout_logs).toBe(first.workoutLogs);
  });

  it('changes nothing the second time', () => {
    expect(second).toEqual({
      exercises: 0,
      systemTemplate: 0,
      accounts: 0,
      assignments: 0,
      dayLogs: 0,
      workoutLogs: 0,
      checkins: 0,
      messages: 0,
      photos: 0,
    });
    expect(countsAfterSecond).toEqual(countsAfterFirst);
  });

  it('makes the same data in another database for the same day', async () => {
    const other = await createTestDatabase();
    try {
      await seed(other.db, { today: TODAY });
      const snapshot = (target: Db) =>
        queryRows(
          target,
          sql`select u.email, d.date, d.calories, d.meals, d.protein_meals, d.fat_servings, d.veg_servings, d.treats, d.planned_treats, d.weight_kg, d.note
              from day_logs d join users u on u.id = d.client_id order by u.email, d.date`,
        );
      const workouts = (target: Db) =>
        queryRows(
          target,
          sql`select u.email, w.date, w.kind, e.slug, w.sets, w.minutes, w.activity, w.intervals, w.idempotency_key
              from workout_logs w join users u on u.id = w.client_id left join exercises e on e.id = w.exercise_id
              order by u.email, w.idempotency_key`,
        );
      expect(await snapshot(other.db)).toEqual(await snapshot(db));
      expect(await workouts(other.db)).toEqual(await workouts(db));
    } finally {
      await other.destroy();
    }
  });
});

describe('demo accounts', () => {
  it('sign in with the demo password, and only with it', async () => {
    const rows = await db
      .select({ email: users.email, role: users.role, passwordHash: users.passwordHash })
      .from(users);
    expect(rows).toHaveLength(DEMO_STAFF.length + DEMO_CLIENTS.length);
    // The demo accounts share one hash; each distinct hash is checked once (scrypt is slow on purpose).
    const verified = new Map<string, Promise<boolean>>();
    for (const row of rows) {
      if (!verified.has(row.passwordHash!))
        verified.set(row.passwordHash!, verifyPassword(DEMO_PASSWORD, row.passwordHash!));
      expect(await verified.get(row.passwordHash!), row.email).toBe(true);
    }
    expect(await verifyPassword('sixstep-demo ', rows[0]!.passwordHash!)).toBe(false);
  });

  it('has one admin, two coaches, and clients split between them', async () => {
    const roles = await db.select({ email: users.email, role: users.role }).from(users);
    expect(roles.filter((r) => r.role === 'admin').map((r) => r.email)).toEqual([
      'admin@sixstep.test',
    ]);
    expect(
      roles
        .filter((r) => r.role === 'coach')
        .map((r) => r.email)
        .sort(),
    ).toEqual(['coach2@sixstep.test', 'coach@sixstep.test']);
    const roster = async (coachEmail: string) =>
      (
        await db
          .select({ email: users.email })
          .from(clientProfiles)
          .innerJoin(users, eq(users.id, clientProfiles.userId))
          .where(eq(clientProfiles.coachId, await userId(coachEmail)))
      ).map((r) => r.email);
    const coachClients = await roster('coach@sixstep.test');
    expect(coachClients).toContain('client@sixstep.test');
    expect(coachClients.length).toBeGreaterThanOrEqual(5);
    expect((await roster('coach2@sixstep.test')).length).toBeGreaterThanOrEqual(3);
  });

  it('mixes sexes, activity levels and units', async () => {
    const profiles = await db.select().from(clientProfiles);
    expect(new Set(profiles.map((p) => p.sex))).toEqual(new Set(['female', 'male']));
    expect(new Set(profiles.map((p) => p.activityLevel)).size).toBeGreaterThanOrEqual(4);
    const lb = await db
      .select({ email: users.email })
      .from(users)
      .where(eq(users.unitPreference, 'lb'));
    expect(lb.length).toBeGreaterThanOrEqual(1);
  });
});

describe('catalog and template', () => {
  it('links the pull-up ladder from the easiest rung to the pull-up', async () => {
    const rows = await db.select().from(exercises);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const ladder: string[] = [];
    for (
      let at = rows.find((r) => r.slug === PULL_UP_LADDER[0]);
      at;
      at = at.progressionId ? byId.get(at.progressionId) : undefined
    )
      ladder.push(at.slug);
    expect(ladder).toEqual([...PULL_UP_LADDER]);
    const difficulties = ladder.map((slug) => rows.find((r) => r.slug === slug)!.difficulty);
    expect(difficulties).toEqual([...difficulties].sort((a, b) => a - b));
  });

  it('has the strength, cardio and HIIT entries, each with usable instructions', async () => {
    const rows = await db.select().from(exercises);
    const slugsOf = (category: string) =>
      rows
        .filter((r) => r.category === category)
        .map((r) => r.slug)
        .sort();
    expect(slugsOf('strength')).toEqual([
      'assisted-pull-up',
      'cable-lat-pulldown',
      'chin-up',
      'dumbbell-bent-over-row',
      'negative-pull-up',
      'pull-up',
      'renegade-row',
    ]);
    expect(slugsOf('cardio')).toEqual([
      'boxing',
      'cycling',
      'rowing',
      'running',
      'skipping-rope',
      'swimming',
    ]);
    expect(slugsOf('hiit')).toHaveLength(2);
    for (const row of rows) {
      expect(row.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const sentences = row.instructions.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length, row.slug).toBeGreaterThanOrEqual(3);
      expect(sentences.length, row.slug).toBeLessThanOrEqual(6);
      expect(row.muscles.length, row.slug).toBeGreaterThan(0);
      expect(row.equipment.length, row.slug).toBeGreaterThan(0);
    }
  });

  it('creates the system template with the default targets and exercises', async () => {
    const [template] = await db.select().from(programs).where(eq(programs.isSystem, true));
    expect(template).toMatchObject({
      name: SYSTEM_TEMPLATE_NAME,
      ownerId: null,
      targets: DEFAULT_PROGRAM_TARGETS,
    });
    expect(template!.description).toMatch(/spot/);
    const defaults = await db
      .select({ slug: exercises.slug })
      .from(exercises)
      .where(inArray(exercises.id, template!.defaultExerciseIds));
    expect(defaults.map((d) => d.slug).sort()).toEqual([
      'cable-lat-pulldown',
      'dumbbell-bent-over-row',
      'renegade-row',
    ]);
  });
});

describe('assignments', () => {
  it('gives every client an active twelve-week assignment started about eight weeks ago, with valid personal targets', async () => {
    const rows = await db
      .select({ assignment: assignments, profile: clientProfiles })
      .from(assignments)
      .innerJoin(clientProfiles, eq(clientProfiles.userId, assignments.clientId));
    expect(rows).toHaveLength(DEMO_CLIENTS.length);
    for (const { assignment, profile } of rows) {
      expect(assignment.status).toBe('active');
      expect(assignment.weeks).toBe(12);
      expect(assignment.coachId).toBe(profile.coachId);
      expect(daysBetween(assignment.startDate, TODAY)).toBeGreaterThanOrEqual(49);
      expect(daysBetween(assignment.startDate, TODAY)).toBeLessThanOrEqual(63);
      expect(assignmentTargetsSchema.parse(assignment.targets)).toEqual(assignment.targets);
      expect(assignment.targets.program).toEqual(DEFAULT_PROGRAM_TARGETS);
      const expected = calorieTargetFor({
        sex: profile.sex,
        weightKg: profile.startWeightKg,
        heightCm: profile.heightCm,
        ageYears: ageOn(profile.birthDate, assignment.startDate),
        activityLevel: profile.activityLevel,
      });
      expect(assignment.targets.calories).toEqual({
        targetKcal: expected.targetKcal,
        floorKcal: expected.floorKcal,
      });
      expect(assignment.targets.exercises.length).toBeGreaterThanOrEqual(2);
      expect(assignment.targets.exercises.length).toBeLessThanOrEqual(3);
      for (const exercise of assignment.targets.exercises)
        expect(exercise).toMatchObject({ sets: 3, reps: 12 });
    }
  });
});

describe('logs', () => {
  it('stay within each assignment, up to today', async () => {
    const [outside] = await queryRows<{ count: number | string }>(
      db,
      sql`select count(*) as count from day_logs d join assignments a on a.client_id = d.client_id
          where d.date < a.start_date or d.date > ${TODAY}`,
    );
    expect(Number(outside!.count)).toBe(0);
  });

  it('record strength sets of assigned exercises, cardio minutes and activities, HIIT minutes', async () => {
    const rows = await db
      .select({ workout: workoutLogs, category: exercises.category, targets: assignments.targets })
      .from(workoutLogs)
      .innerJoin(assignments, eq(assignments.clientId, workoutLogs.clientId))
      .leftJoin(exercises, eq(exercises.id, workoutLogs.exerciseId));
    expect(new Set(rows.map((r) => r.workout.kind))).toEqual(
      new Set(['strength', 'cardio', 'hiit']),
    );
    for (const { workout, category, targets } of rows) {
      expect(category).toBe(workout.kind);
      if (workout.kind === 'strength') {
        expect(targets.exercises.map((e) => e.exerciseId)).toContain(workout.exerciseId);
        expect(workout.sets.length).toBeGreaterThanOrEqual(2);
        for (const set of workout.sets) expect(set.reps).toBeGreaterThan(0);
      } else {
        expect(workout.minutes).toBeGreaterThan(0);
        expect(workout.activity).toBeTruthy();
      }
    }
  });

  it('show body weight going down at a plausible pace', async () => {
    for (const client of DEMO_CLIENTS) {
      const { days } = await adherenceInput(client.email);
      const weights = days.filter((d) => d.weightKg !== null);
      expect(weights[0]!.weightKg, client.email).toBe(client.profile.startWeightKg);
      const weeks = daysBetween(weights[0]!.date, weights.at(-1)!.date) / 7;
      const lossPerWeek = (weights[0]!.weightKg! - weights.at(-1)!.weightKg!) / weeks;
      expect(lossPerWeek, client.email).toBeGreaterThan(0);
      expect(lossPerWeek, client.email).toBeLessThan(1.2);
    }
  });
});

describe('adherence the demo is meant to show', () => {
  const last7 = { from: addDays(TODAY, -6), to: TODAY };

  it('client@ is steady: no flags, good but not perfect', async () => {
    const input = await adherenceInput('client@sixstep.test');
    expect(adherenceFlags(input)).toEqual({ behind: false, silent: false, underFloor: false });
    const overall = computeAdherence({ ...input, from: addDays(TODAY, -27), to: TODAY }).scores
      .overall!;
    expect(overall).toBeGreaterThan(0.7);
    expect(overall).toBeLessThan(1);
  });

  it('marcus@ was good, then slipped in the last two weeks', async () => {
    const input = await adherenceInput('marcus@sixstep.test');
    expect(adherenceFlags(input).behind).toBe(true);
    const early = computeAdherence({ ...input, to: addDays(TODAY, -14) }).scores.overall!;
    const late = computeAdherence({ ...input, ...last7 }).scores.overall!;
    expect(early).toBeGreaterThan(0.75);
    expect(late).toBeLessThan(0.5);
  });

  it('elena@ has logged nothing for the last five days and more', async () => {
    const input = await adherenceInput('elena@sixstep.test');
    expect(adherenceFlags(input).silent).toBe(true);
    const lastLog = input.days.at(-1)!.date;
    expect(daysBetween(lastLog, TODAY)).toBeGreaterThanOrEqual(6);
    expect(input.workouts.every((w) => w.date <= lastLog)).toBe(true);
  });

  it('tom@ eats under the floor several days a week', async () => {
    const input = await adherenceInput('tom@sixstep.test');
    expect(adherenceFlags(input).underFloor).toBe(true);
    const floor = input.assignment.targets.calories.floorKcal;
    const under = input.days.filter((d) => d.calories !== null && d.calories < floor).length;
    expect(under / (input.days.length / 7)).toBeGreaterThanOrEqual(2.5);
  });

  it('only the clients meant to be flagged are flagged silent or under the floor', async () => {
    for (const client of DEMO_CLIENTS) {
      const flags = adherenceFlags(await adherenceInput(client.email));
      expect(flags.silent, client.email).toBe(client.pattern === 'silent');
      expect(flags.underFloor, client.email).toBe(client.pattern === 'under-floor');
    }
  });
});

describe('the coaching loop of the demo', () => {
  it('gives each client reviewed check-ins (most with a reply), one waiting and one missed week', async () => {
    expect(first.checkins).toBeGreaterThan(9 * 4);
    const rows = await queryRows<{
      email: string;
      week: number;
      reviewed: boolean;
      reply: string | null;
    }>(
      db,
      sql`select u.email, c.week, c.reviewed_at is not null as reviewed, c.reply
          from checkins c join users u on u.id = c.client_id order by u.email, c.week`,
    );
    for (const client of DEMO_CLIENTS) {
      const mine = rows.filter((r) => r.email === client.email);
      const weeks = mine.map((r) => r.week);
      const finished = Math.max(...weeks);
      expect(
        mine.filter((r) => !r.reviewed).map((r) => r.week),
        client.email,
      ).toEqual([finished]);
      expect(
        mine.some((r) => r.reviewed && r.reply),
        client.email,
      ).toBe(true);
      if (client.pattern !== 'excellent') expect(weeks.length, client.email).toBe(finished - 1);
    }
    const replies = await queryRows<{ n: number | string }>(
      db,
      sql`select count(*) as n from checkins c
          where c.reply is not null and not exists (
            select 1 from messages m where m.client_id = c.client_id and m.body = c.reply)`,
    );
    expect(Number(replies[0]!.n)).toBe(0);
  });

  it('has measurements that trend down and a conversation with each client', async () => {
    const waist = await queryRows<{ email: string; first: number; last: number }>(
      db,
      sql`select u.email,
            (array_agg(c.waist_cm order by c.week))[1] as first,
            (array_agg(c.waist_cm order by c.week desc))[1] as last
          from checkins c join users u on u.id = c.client_id group by u.email`,
    );
    for (const row of waist) expect(row.last, row.email).toBeLessThan(row.first);
    const threads = await queryRows<{ n: number | string }>(
      db,
      sql`select count(distinct client_id) as n from messages`,
    );
    expect(Number(threads[0]!.n)).toBe(DEMO_CLIENTS.length);
  });

  it('draws a few progress images, attached to check-ins, without metadata', async () => {
    expect(first.photos).toBe(12);
    const images = await queryRows<{ bytes: Uint8Array | Buffer; variant: string }>(
      db,
      sql`select bytes, variant from photo_images order by photo_id, variant limit 2`,
    );
    const sharp = (await import('sharp')).default;
    const meta = await sharp(Buffer.from(images[0]!.bytes)).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    const attached = await queryRows<{ n: number | string }>(
      db,
      sql`select count(*) as n from checkins where cardinality(photo_ids) = 2`,
    );
    expect(Number(attached[0]!.n)).toBe(6);
  });
});

describe('seeding again on a later day', () => {
  it('keeps every existing row and assignment as it was and logs the new days', async () => {
    const snapshot = () => queryRows(db, sql`select * from day_logs order by id`);
    const assignmentsNow = () => db.select().from(assignments).orderBy(asc(assignments.id));
    const [daysBefore, assignmentsBefore] = [await snapshot(), await assignmentsNow()];
    const added = await seed(db, { today: addDays(TODAY, 3) });
    expect(added).toMatchObject({ exercises: 0, systemTemplate: 0, accounts: 0, assignments: 0 });
    const daysAfter = await snapshot();
    expect(daysAfter).toEqual(expect.arrayContaining(daysBefore));
    expect(daysAfter.length).toBe(daysBefore.length + added.dayLogs);
    const [newDays] = await queryRows<{ count: number | string }>(
      db,
      sql`select count(*) as count from day_logs where date > ${TODAY}`,
    );
    expect(Number(newDays!.count)).toBeGreaterThan(0);
    expect(await assignmentsNow()).toEqual(assignmentsBefore);
  });
});
