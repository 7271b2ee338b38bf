import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import {
  addDays,
  assignmentEndDate,
  countStepDays,
  DEFAULT_PROGRAM_TARGETS,
  dueThrough,
  mergeStepCounts,
  segmentsByVersion,
  EMPTY_STEP_COUNTS,
  eachDay,
  lastDaysRange,
  toWorkoutFact,
  type AssignmentTargets,
  type TargetVersion,
} from '@sixstep/domain';
import {
  assignments,
  assignmentTargetVersions,
  clientProfiles,
  dayLogs,
  programs,
  schema,
  users,
  workoutLogs,
  type Db,
} from '@sixstep/db';
import { listRoster } from '../src/services/adherence/list-roster';
import { selectRosterStepCounts } from '../src/services/adherence/select-roster-step-counts';
import { createHarness, type Harness } from './harness';
import { seedProgramFixture } from './program-fixture';

let h: Harness;
let fx: Awaited<ReturnType<typeof seedProgramFixture>>;
const TODAY = '2026-03-10';
const CLIENTS = 14;

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A realistic roster: clients of both sexes whose assignments started long ago, recently, not
 * yet, or were ended early; different targets; logs from 40 days back to 2 days ahead, with
 * values sitting on every boundary the step rules have (the floor, the target, minimum minutes,
 * protein on every meal, unassigned exercises, strength without sets, cardio split in bouts).
 */
async function seedRealisticRoster(db: Db) {
  const next = random(20260310);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const made = await db
    .insert(users)
    .values(
      Array.from({ length: CLIENTS }, (_, i) => ({
        email: `roster${i}@test.local`,
        name: `Roster ${i}`,
        role: 'client' as const,
      })),
    )
    .returning({ id: users.id });
  await db.insert(clientProfiles).values(
    made.map((u, i) => ({
      userId: u.id,
      coachId: h.ids.coach,
      sex: i % 3 === 0 ? ('male' as const) : ('female' as const),
      birthDate: '1985-06-15',
      heightCm: 172,
      startWeightKg: 88,
    })),
  );
  const [template] = await db
    .select({ id: programs.id })
    .from(programs)
    .where(eq(programs.isSystem, true));
  const shapes = [
    { startDate: addDays(TODAY, -60), weeks: 12, endedOn: null },
    { startDate: addDays(TODAY, -20), weeks: 8, endedOn: null },
    { startDate: addDays(TODAY, -3), weeks: 4, endedOn: null },
    { startDate: addDays(TODAY, -30), weeks: 3, endedOn: null },
    { startDate: addDays(TODAY, -25), weeks: 10, endedOn: addDays(TODAY, -4) },
    { startDate: addDays(TODAY, -50), weeks: 10, endedOn: addDays(TODAY, -15) },
    { startDate: addDays(TODAY, 5), weeks: 6, endedOn: null },
  ];
  for (const [i, client] of made.entries()) {
    const shape = shapes[i % shapes.length]!;
    const male = i % 3 === 0;
    const targets: AssignmentTargets = {
      program: {
        ...DEFAULT_PROGRAM_TARGETS,
        cardio: { ...DEFAULT_PROGRAM_TARGETS.cardio, minutesPerSession: pick([20, 30, 45]) },
        hiit: { ...DEFAULT_PROGRAM_TARGETS.hiit, minMinutes: pick([10, 15]) },
        food: {
          ...DEFAULT_PROGRAM_TARGETS.food,
          proteinEveryMeal: i % 4 !== 1,
          vegServingsMin: pick([0, 2, 3]),
        },
      },
      calories: male
        ? { targetKcal: 2000, floorKcal: 1500 }
        : { targetKcal: 1600, floorKcal: 1300 },
      exercises: [
        { exerciseId: fx.exerciseId.chinUp, name: 'Chin up', sets: 3, reps: 12, loadKg: null },
        ...(i % 2
          ? [{ exerciseId: fx.exerciseId.row, name: 'Dumbbell row', sets: 3, reps: 12, loadKg: 6 }]
          : []),
      ],
    };
    const [assignment] = await db
      .insert(assignments)
      .values({
        clientId: client.id,
        coachId: h.ids.coach,
        programId: template!.id,
        startDate: shape.startDate,
        weeks: shape.weeks,
        endedOn: shape.endedOn,
        status: shape.endedOn ? 'ended' : 'active',
        targets,
      })
      .returning({ id: assignments.id });
    // A third of the clients had their targets adjusted inside the windows (and one planned
    // ahead); some have only their first version stored; the rest none (their targets throughout).
    const adjusted: AssignmentTargets = {
      ...targets,
      program: {
        ...targets.program,
        cardio: { ...targets.program.cardio, minutesPerSession: 25 },
        food: { ...targets.program.food, vegServingsMin: 1 },
      },
      calories: { ...targets.calories, targetKcal: targets.calories.targetKcal - 150 },
      exercises: [targets.exercises.at(-1)!],
    };
    const versions =
      i % 3 === 2
        ? [
            { effectiveFrom: shape.startDate, targets },
            { effectiveFrom: addDays(TODAY, -4), targets: adjusted },
            { effectiveFrom: addDays(TODAY, -12), targets: adjusted },
            { effectiveFrom: addDays(TODAY, 3), targets },
          ].filter((v, k) => k === 0 || v.effectiveFrom > shape.startDate)
        : i % 5 === 1
          ? [{ effectiveFrom: shape.startDate, targets }]
          : [];
    if (versions.length)
      await db
        .insert(assignmentTargetVersions)
        .values(versions.map((v) => ({ ...v, assignmentId: assignment!.id })));
    const floor = targets.calories.floorKcal;
    const target = targets.calories.targetKcal;
    const days: Array<typeof dayLogs.$inferInsert> = [];
    const workouts: Array<typeof workoutLogs.$inferInsert> = [];
    for (const date of eachDay(addDays(TODAY, -40), addDays(TODAY, 2))) {
      if (next() < 0.7) {
        const meals = pick([null, 0, 1, 3, 4]);
        days.push({
          clientId: client.id,
          date,
          calories: pick([null, floor - 1, floor, target, target + 1, 1800, 900]),
          meals,
          proteinMeals:
            meals === null ? pick([null, 2]) : pick([null, Math.max(0, meals - 1), meals]),
          fatServings: pick([null, 1, 2, 3]),
          vegServings: pick([null, 0, 2, 3]),
          treats: pick([null, 0, 0, 1, 2, 4]),
          weightKg: pick([null, 87.5]),
        });
      }
      const count = pick([0, 0, 1, 2, 3]);
      for (let k = 0; k < count; k++) {
        const kind = pick(['strength', 'cardio', 'hiit'] as const);
        workouts.push({
          clientId: client.id,
          date,
          kind,
          exerciseId:
            kind === 'strength'
              ? pick([fx.exerciseId.chinUp, fx.exerciseId.row, fx.exerciseId.pullUp, null])
              : null,
          sets:
            kind === 'strength'
              ? Array.from({ length: pick([0, 1, 3]) }, () => ({ reps: 10, loadKg: null }))
              : [],
          minutes: kind === 'strength' ? null : pick([null, 10, 14, 15, 20, 25, 30, 45]),
          idempotencyKey: `seed-${i}-${date}-${k}`,
        });
      }
    }
    if (days.length) await db.insert(dayLogs).values(days);
    if (workouts.length) await db.insert(workoutLogs).values(workouts);
  }
}

beforeAll(async () => {
  h = await createHarness();
  fx = await seedProgramFixture(h.database.db);
  await seedRealisticRoster(h.database.db);
});
afterAll(() => h.destroy());

describe('roster step counts in SQL', () => {
  it("have the domain's windows and target versions and equal its countStepDays for every client", async () => {
    const db = h.database.db;
    const rows = await db.select().from(assignments).where(eq(assignments.coachId, h.ids.coach));
    expect(rows.length).toBe(CLIENTS);
    const counted = await selectRosterStepCounts(db, { coachId: h.ids.coach, today: TODAY });
    const assigned = counted.filter((c) => c.assignment !== null);
    expect(assigned.map((c) => c.clientId).sort()).toEqual(rows.map((a) => a.clientId).sort());
    // The harness's own client of this coach has no assignment: nothing counts.
    for (const c of counted.filter((c) => c.assignment === null)) {
      expect(c.counts7).toEqual(EMPTY_STEP_COUNTS);
      expect(c.counts28).toEqual(EMPTY_STEP_COUNTS);
    }
    expect(counted.length).toBeGreaterThan(assigned.length);

    let compared7 = 0;
    let compared28 = 0;
    let split = 0;
    for (const a of rows) {
      const row = counted.find((c) => c.clientId === a.clientId)!;
      const endDate = assignmentEndDate(a);
      expect(row.assignment, a.clientId).toMatchObject({
        id: a.id,
        startDate: a.startDate,
        endDate,
      });
      const stored = await db
        .select()
        .from(assignmentTargetVersions)
        .where(eq(assignmentTargetVersions.assignmentId, a.id));
      const versions: TargetVersion[] = stored.length
        ? stored
        : [{ effectiveFrom: a.startDate, targets: a.targets }];
      const days = await db.select().from(dayLogs).where(eq(dayLogs.clientId, a.clientId));
      const workouts = (
        await db.select().from(workoutLogs).where(eq(workoutLogs.clientId, a.clientId))
      ).map(toWorkoutFact);
      const span = {
        startDate: a.startDate,
        endDate,
        today: TODAY,
        dueThrough: dueThrough({ days, workouts, today: TODAY }),
      };
      const parts = (range: NonNullable<ReturnType<typeof lastDaysRange>>) =>
        segmentsByVersion(versions, range).map((segment) => ({
          programTargets: segment.targets.program,
          counts: countStepDays({ days, workouts, targets: segment.targets, range: segment.range }),
        }));
      const expected = (range: ReturnType<typeof lastDaysRange>) =>
        range ? mergeStepCounts(parts(range).map((p) => p.counts)) : EMPTY_STEP_COUNTS;
      const range28 = lastDaysRange({ ...span, days: 28 });
      const range7 = lastDaysRange({ ...span, days: 7 });
      if (range28) {
        expect(
          row.segments.map((s) => [s.programTargets, s.counts28]),
          `${a.clientId} parts`,
        ).toEqual(parts(range28).map((p) => [p.programTargets, p.counts]));
        if (parts(range28).length > 1) split++;
      }
      expect(row.counts28, `${a.clientId} last 28`).toEqual(expected(range28));
      expect(row.counts7, `${a.clientId} last 7`).toEqual(expected(range7));
      if (range28) compared28++;
      if (range7) compared7++;
      // The dataset must exercise every rule, or the comparison proves little.
      if (range28) expect(expected(range28).loggedDays).toBeGreaterThan(0);
    }
    // Every shape but the not-yet-started one has a last-28 window; two ended too early for the last 7.
    expect(compared28).toBe(12);
    expect(compared7).toBe(8);
    expect(split).toBeGreaterThan(1);
    const totals = counted.reduce(
      (sum, { counts28: c }) => ({
        strength: sum.strength + c.strengthSessions,
        cardio: sum.cardio + c.cardioDays,
        hiit: sum.hiit + c.hiitDays,
        calories: sum.calories + c.calorieDays,
        food: sum.food + c.foodDays,
        underFloor: sum.underFloor + c.underFloorDays,
      }),
      { strength: 0, cardio: 0, hiit: 0, calories: 0, food: 0, underFloor: 0 },
    );
    for (const [step, total] of Object.entries(totals)) expect(total, step).toBeGreaterThan(5);
  });
});

describe('roster query count', () => {
  /** The same database through a drizzle instance that counts the statements it sends. */
  function countingDb(): { db: Db; queries: () => number } {
    let queries = 0;
    const logger = { logQuery: () => void queries++ };
    const client = (h.database.db as unknown as { $client: never }).$client;
    const db =
      h.database.engine === 'pglite'
        ? drizzlePglite(client, { schema, logger })
        : drizzlePostgres(client, { schema, logger });
    return { db, queries: () => queries };
  }

  it('does not grow with the number of clients', async () => {
    await h.database.db.insert(assignments).values({
      clientId: h.ids.otherClient,
      coachId: h.ids.otherCoach,
      programId: fx.templateId,
      startDate: addDays(TODAY, -10),
      weeks: 4,
      targets: (
        await h.database.db.select({ t: assignments.targets }).from(assignments).limit(1)
      )[0]!.t,
    });
    const big = countingDb();
    const bigRoster = await listRoster(big.db, { id: h.ids.coach, role: 'coach' }, TODAY);
    const small = countingDb();
    const smallRoster = await listRoster(small.db, { id: h.ids.otherCoach, role: 'coach' }, TODAY);
    expect(bigRoster.length).toBe(CLIENTS + 1);
    expect(smallRoster.length).toBe(1);
    expect(big.queries()).toBe(1);
    expect(small.queries()).toBe(1);
  });
});
