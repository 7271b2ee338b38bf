import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './harness';
import { seedProgramFixture } from './program-fixture';
import { rejection } from './rejection';

let h: Harness;
let fx: Awaited<ReturnType<typeof seedProgramFixture>>;
const NOW = new Date('2026-03-10T12:00:00Z');
const client = () => h.as('client', { now: () => NOW });

beforeAll(async () => {
  h = await createHarness();
  fx = await seedProgramFixture(h.database.db);
  // Week 1 starts Monday 2 March: chin-up and dumbbell row, 3 × 12, 1,818 kcal (see assignments.test.ts).
  await h.as('coach', { now: () => NOW }).assignments.create({
    clientId: h.ids.client,
    programId: fx.templateId,
    startDate: '2026-03-02',
    weeks: 12,
  });
  const log = client().logs;
  const full = [{ reps: 12 }, { reps: 12 }, { reps: 12 }];
  // Two complete chin-up sessions (one split over two workouts) earn the suggestion; the row never reaches 12 × 3.
  await log.addWorkout({
    key: 'chin-0302',
    date: '2026-03-02',
    kind: 'strength',
    exerciseId: fx.exerciseId.chinUp,
    sets: full,
  });
  await log.addWorkout({
    key: 'chin-0304a',
    date: '2026-03-04',
    kind: 'strength',
    exerciseId: fx.exerciseId.chinUp,
    sets: full.slice(0, 2),
  });
  await log.addWorkout({
    key: 'chin-0304b',
    date: '2026-03-04',
    kind: 'strength',
    exerciseId: fx.exerciseId.chinUp,
    sets: full.slice(0, 1),
  });
  await log.addWorkout({
    key: 'row-0302',
    date: '2026-03-02',
    kind: 'strength',
    exerciseId: fx.exerciseId.row,
    sets: [{ reps: 12 }, { reps: 10 }, { reps: 12 }],
  });
  await log.addWorkout({
    key: 'row-0304',
    date: '2026-03-04',
    kind: 'strength',
    exerciseId: fx.exerciseId.row,
    sets: full,
  });
  await log.upsertDay({ date: '2026-03-08', treats: 2 });
  await log.upsertDay({ date: '2026-03-09', treats: 1, plannedTreats: 1 });
  await log.upsertDay({
    date: '2026-03-10',
    calories: 1700,
    meals: 3,
    proteinMeals: 3,
    fatServings: 2,
    vegServings: 2,
    treats: 0,
  });
  await log.addWorkout({
    key: 'rowing-0310',
    date: '2026-03-10',
    kind: 'cardio',
    exerciseId: fx.exerciseId.rowing,
    minutes: 35,
  });
  await log.addWorkout({ key: 'hiit-0310', date: '2026-03-10', kind: 'hiit', minutes: 18 });
  await log.addWorkout({
    key: 'row-0310',
    date: '2026-03-10',
    kind: 'strength',
    exerciseId: fx.exerciseId.row,
    sets: [{ reps: 12, loadKg: 5 }],
  });
});
afterAll(() => h.destroy());

describe('plan.today', () => {
  it('shows the prescription with rungs, a suggestion, the step targets, treats left and what is logged', async () => {
    const { date, today, plan, logged } = await client().plan.today();
    expect({ date, today }).toEqual({ date: '2026-03-10', today: '2026-03-10' });
    expect(plan!.assignment).toMatchObject({
      week: 2,
      weekStartDate: '2026-03-09',
      weekEndDate: '2026-03-15',
      startDate: '2026-03-02',
      endDate: '2026-05-24',
      status: 'active',
    });
    const [chinUp, row] = plan!.strength.exercises;
    expect(chinUp).toMatchObject({
      exerciseId: fx.exerciseId.chinUp,
      name: 'Chin up',
      sets: 3,
      reps: 12,
      loadKg: null,
      instructions: 'How to do chin-up',
      archived: false,
      easier: { id: fx.exerciseId.negative, name: 'Negative pull up' },
      harder: { id: fx.exerciseId.pullUp, name: 'Pull up' },
      suggestion: { id: fx.exerciseId.pullUp, name: 'Pull up' },
      loggedSets: [],
    });
    // The row has no harder rung to suggest.
    expect(row).toMatchObject({
      exerciseId: fx.exerciseId.row,
      easier: null,
      harder: null,
      suggestion: null,
      loggedSets: [{ reps: 12, loadKg: 5 }],
    });
    expect(plan!.strength).toMatchObject({ sessionsPerWeek: 3, minSessionsPerWeek: 2 });
    expect(plan!.cardio).toEqual({
      sessionsPerWeek: 4,
      minSessionsPerWeek: 3,
      minutesPerSession: 30,
    });
    expect(plan!.hiit).toEqual({ sessionsPerWeek: 2, minMinutes: 15, maxMinutes: 20 });
    expect(plan!.calories).toEqual({ targetKcal: 1818, floorKcal: 1300 });
    expect(plan!.food).toMatchObject({ proteinEveryMeal: true, fatServingsMin: 2 });
    // Week 2 began on 9 March: the 2 treats of 8 March belong to week 1.
    expect(plan!.treats).toEqual({ allowancePerWeek: 2, usedThisWeek: 1, leftThisWeek: 1 });
    expect(logged.day).toMatchObject({ date: '2026-03-10', calories: 1700 });
    expect(logged.workouts.map((w) => w.kind).sort()).toEqual(['cardio', 'hiit', 'strength']);
  });

  it('shows an earlier day of the assignment, its week and its log', async () => {
    const { plan, logged } = await client().plan.today({ date: '2026-03-08' });
    expect(plan!.assignment).toMatchObject({
      week: 1,
      weekStartDate: '2026-03-02',
      weekEndDate: '2026-03-08',
    });
    expect(plan!.treats).toEqual({ allowancePerWeek: 2, usedThisWeek: 2, leftThisWeek: 0 });
    expect(logged.day).toMatchObject({ treats: 2 });
    expect(logged.workouts).toEqual([]);
  });

  it('keeps snapshot names for renamed or archived exercises and stops suggesting archived rungs', async () => {
    const admin = h.as('admin', { now: () => NOW });
    const chinUp = await admin.catalog.get({ id: fx.exerciseId.chinUp });
    await admin.catalog.update({
      id: chinUp.id,
      version: chinUp.version,
      name: 'Chin-up, renamed',
      instructions: 'New wording',
    });
    await admin.catalog.archive({ id: fx.exerciseId.chinUp });
    await admin.catalog.archive({ id: fx.exerciseId.pullUp });
    const { plan } = await client().plan.today();
    expect(plan!.strength.exercises[0]).toMatchObject({
      name: 'Chin up',
      archived: true,
      instructions: 'New wording',
      harder: null,
      suggestion: null,
    });
    await admin.catalog.restore({ id: fx.exerciseId.chinUp });
    await admin.catalog.restore({ id: fx.exerciseId.pullUp });
  });

  it('gives a clear empty plan outside any assignment, with what was logged', async () => {
    const before = await client().plan.today({ date: '2026-03-01' });
    expect(before).toEqual({
      date: '2026-03-01',
      today: '2026-03-10',
      plan: null,
      logged: { day: null, workouts: [] },
    });
    const other = await h.as('otherClient', { now: () => NOW }).plan.today();
    expect(other.plan).toBeNull();
  });

  it("takes the client's own today within a day of UTC, and is for clients only", async () => {
    const ahead = await client().plan.today({ today: '2026-03-11' });
    expect(ahead).toMatchObject({ date: '2026-03-11', today: '2026-03-11', logged: { day: null } });
    expect(await rejection(client().plan.today({ today: '2026-03-13' }))).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'today',
    });
    expect(await rejection(client().plan.today({ date: '2026-13-01' }))).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'date',
    });
    await expect(h.as('coach').plan.today()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('plan.week', () => {
  it('shows the assignment week day by day, which steps each day met, and the week so far', async () => {
    const { week } = await client().plan.week({ date: '2026-03-12' });
    expect(week).toMatchObject({
      week: 2,
      startDate: '2026-03-09',
      endDate: '2026-03-15',
      range: { from: '2026-03-09', to: '2026-03-10' },
    });
    expect(week!.days.map((d) => d.date)).toEqual([
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
    ]);
    expect(week!.days.map((d) => d.counted)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(week!.days[0]).toMatchObject({
      met: { strength: false, cardio: false, hiit: false, calories: false, food: false },
      treats: 1,
    });
    // 10 March: a row set, 35 min rowing, an 18-min HIIT, 1,700 kcal and full meals.
    expect(week!.days[1]).toMatchObject({
      met: { strength: true, cardio: true, hiit: true, calories: true, food: true },
      treats: 0,
    });
    expect(week!.days[1]!.workouts).toHaveLength(3);
    // Two counted days (2/7 of a week): strength 1/(3·2/7) → 1; cardio 1/(4·2/7) = 0.875; hiit → 1;
    // calories and food 1/2; treats 1 > 2·2/7 → (4/7)/1 × 2/2 logged days.
    const s = week!.scores;
    expect(s.strength).toBe(1);
    expect(s.cardio).toBeCloseTo(0.875, 10);
    expect(s.hiit).toBe(1);
    expect(s.calories).toBe(0.5);
    expect(s.food).toBe(0.5);
    expect(s.treats).toBeCloseTo(4 / 7, 10);
    expect(s.overall).toBeCloseTo((1 + 0.875 + 1 + 0.5 + 0.5 + 4 / 7) / 6, 10);
  });

  it('says so when no assignment covers the date', async () => {
    expect(await client().plan.week({ date: '2026-02-20' })).toEqual({
      date: '2026-02-20',
      today: '2026-03-10',
      week: null,
    });
  });
});
