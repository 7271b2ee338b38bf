import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { eachDay } from '@sixstep/domain';
import { clientProfiles, users } from '@sixstep/db';
import { createHarness, type Harness } from './harness';
import { seedProgramFixture } from './program-fixture';
import { rejection } from './rejection';

let h: Harness;
let fx: Awaited<ReturnType<typeof seedProgramFixture>>;
const NOW = new Date('2026-03-10T12:00:00Z');
const ids = { bea: '', cal: '', dee: '' };
const coach = () => h.as('coach', { now: () => NOW });
const as = (id: string) => h.asUser(id, 'client', { now: () => NOW });

/**
 * Today is Tuesday 10 March 2026.
 * - Cleo (1,818 kcal): 8 weeks from 10 Feb. Nothing logged until 3 March, then 4-10 March every
 *   day on target, 3 strength sessions, 4 cardio days and 2 HIIT days.
 * - Bea (1,500 kcal set by the coach): from 1 March; under the floor on 6 and 7 March, 3 treats, silent since.
 * - Dee: assigned from 20 March (not started). Cal: no assignment.
 */
beforeAll(async () => {
  h = await createHarness();
  fx = await seedProgramFixture(h.database.db);
  const db = h.database.db;
  const made = await db
    .insert(users)
    .values([
      { email: 'bea@test.local', name: 'Bea Client', role: 'client' },
      { email: 'cal@test.local', name: 'Cal Client', role: 'client' },
      { email: 'dee@test.local', name: 'Dee Client', role: 'client' },
    ])
    .returning({ id: users.id, email: users.email });
  [ids.bea, ids.cal, ids.dee] = made.map((u) => u.id) as [string, string, string];
  await db.insert(clientProfiles).values(
    made.map((u) => ({
      userId: u.id,
      coachId: h.ids.coach,
      sex: 'female' as const,
      birthDate: '1988-07-01',
      heightCm: 170,
      startWeightKg: 85,
      activityLevel: 'light' as const,
    })),
  );
  await db.update(users).set({ passwordHash: 'set' }).where(eq(users.id, h.ids.client));

  await coach().assignments.create({
    clientId: h.ids.client,
    programId: fx.templateId,
    startDate: '2026-02-10',
    weeks: 8,
  });
  await coach().assignments.create({
    clientId: ids.bea,
    programId: fx.templateId,
    startDate: '2026-03-01',
    weeks: 4,
    targets: { calories: { targetKcal: 1500 } },
  });
  await coach().assignments.create({
    clientId: ids.dee,
    programId: fx.templateId,
    startDate: '2026-03-20',
    weeks: 4,
  });

  const cleo = as(h.ids.client).logs;
  for (const date of eachDay('2026-03-04', '2026-03-10'))
    await cleo.upsertDay({
      date,
      calories: 1500,
      meals: 3,
      proteinMeals: 3,
      fatServings: 2,
      vegServings: 2,
      treats: 0,
    });
  await cleo.upsertDay({ date: '2026-03-04', weightKg: 79 });
  await cleo.upsertDay({ date: '2026-03-10', weightKg: 78.2 });
  for (const date of ['2026-03-04', '2026-03-06', '2026-03-08'])
    await cleo.addWorkout({
      key: `chin-${date}`,
      date,
      kind: 'strength',
      exerciseId: fx.exerciseId.chinUp,
      sets: [{ reps: 12 }, { reps: 12 }, { reps: 12 }],
    });
  for (const date of ['2026-03-04', '2026-03-05', '2026-03-07', '2026-03-09'])
    await cleo.addWorkout({ key: `rowing-${date}`, date, kind: 'cardio', minutes: 30 });
  for (const date of ['2026-03-05', '2026-03-09'])
    await cleo.addWorkout({ key: `hiit-${date}`, date, kind: 'hiit', minutes: 20 });

  const bea = as(ids.bea).logs;
  await bea.upsertDay({ date: '2026-03-06', calories: 1200, meals: 2, proteinMeals: 1 });
  await bea.upsertDay({ date: '2026-03-07', calories: 1100, treats: 3 });
});
afterAll(() => h.destroy());

const ALL_ONE = { strength: 1, cardio: 1, hiit: 1, calories: 1, food: 1, treats: 1, overall: 1 };
const QUARTER = {
  strength: 0.25,
  cardio: 0.25,
  hiit: 0.25,
  calories: 0.25,
  food: 0.25,
  treats: 0.25,
  overall: 0.25,
};
const NULLS = {
  strength: null,
  cardio: null,
  hiit: null,
  calories: null,
  food: null,
  treats: null,
  overall: null,
};
// Bea, 7 days (and 10 days for the last 28): nothing met but treats: 3 treats over an allowance of 2 (2·10/7) → 2/3 (20/21), × 2 logged days of 7 (10).
const BEA = {
  strength: 0,
  cardio: 0,
  hiit: 0,
  calories: 0,
  food: 0,
  treats: 4 / 21,
  overall: 4 / 21 / 6,
};

function expectScores(
  actual: Record<string, number | null>,
  expected: Record<string, number | null>,
) {
  for (const [step, value] of Object.entries(expected)) {
    if (value === null) expect(actual[step], step).toBeNull();
    else expect(actual[step], step).toBeCloseTo(value, 10);
  }
}

describe('adherence.forClient', () => {
  it("scores the coach's client per window, per week, with flags, trend and weight", async () => {
    const a = await coach().adherence.forClient({ clientId: h.ids.client });
    expect(a.assignment).toMatchObject({
      startDate: '2026-02-10',
      endDate: '2026-04-06',
      status: 'active',
    });
    // Last 7 (4-10 March): 3 strength sessions of 3, 4 cardio of 4, 2 HIIT of 2, every day on target, no treats.
    expectScores(a.last7, ALL_ONE);
    // Last 28 (11 Feb - 10 March): the same work over four weeks; the 7 logged days of 28 for the daily steps.
    expectScores(a.last28, QUARTER);
    expect(a.range).toMatchObject({
      from: '2026-02-11',
      to: '2026-03-10',
      counted: { from: '2026-02-11', to: '2026-03-10' },
    });
    expectScores(a.range.scores, QUARTER);
    expect(a.range.counts).toMatchObject({
      countedDays: 28,
      loggedDays: 7,
      strengthSessions: 3,
      cardioDays: 4,
      hiitDays: 2,
      calorieDays: 7,
      foodDays: 7,
      treats: 0,
    });
    expect(a.flags).toEqual({ behind: false, silent: false, underFloor: false });
    expect(a.trend).toEqual({ last7: 1, previous7: 0, change: 1, direction: 'up' });

    expect(a.weeks.map((w) => [w.week, w.startDate, w.endDate])).toEqual([
      [1, '2026-02-10', '2026-02-16'],
      [2, '2026-02-17', '2026-02-23'],
      [3, '2026-02-24', '2026-03-02'],
      [4, '2026-03-03', '2026-03-09'],
      [5, '2026-03-10', '2026-03-16'],
    ]);
    for (const w of a.weeks.slice(0, 3)) expect(w.scores.overall).toBe(0);
    // Week 4: all sessions, 6 of 7 days on calories, food and logged → (3 + 3 · 6/7) / 6.
    expectScores(a.weeks[3]!.scores, {
      strength: 1,
      cardio: 1,
      hiit: 1,
      calories: 6 / 7,
      food: 6 / 7,
      treats: 6 / 7,
      overall: 39 / 42,
    });
    // Week 5 so far is today: no session yet, the day itself on target.
    expectScores(a.weeks[4]!.scores, {
      strength: 0,
      cardio: 0,
      hiit: 0,
      calories: 1,
      food: 1,
      treats: 1,
      overall: 0.5,
    });
    expect(a.weeks[4]!.range).toEqual({ from: '2026-03-10', to: '2026-03-10' });

    // 500 kcal a day under a TDEE of 2,318 → 0.4545 kg a week from 80 kg, one point a week to the planned end.
    expect(a.weight.points).toEqual([
      { date: '2026-03-04', weightKg: 79 },
      { date: '2026-03-10', weightKg: 78.2 },
    ]);
    expect(a.weight.deficitKcal).toBe(500);
    expect(a.weight.expected).toHaveLength(8);
    expect(a.weight.expected[1]).toEqual({ date: '2026-02-17', weightKg: 79.55 });
  });

  it('scores a requested range, clipped to the assignment', async () => {
    const a = await coach().adherence.forClient({
      clientId: h.ids.client,
      from: '2026-01-01',
      to: '2026-02-16',
    });
    expect(a.range.counted).toEqual({ from: '2026-02-10', to: '2026-02-16' });
    expect(a.range.scores.overall).toBe(0);
    const week = await as(h.ids.client).adherence.forClient({
      from: '2026-03-04',
      to: '2026-03-10',
    });
    expectScores(week.range.scores, ALL_ONE);
    expect(
      await rejection(
        coach().adherence.forClient({
          clientId: h.ids.client,
          from: '2026-03-10',
          to: '2026-03-01',
        }),
      ),
    ).toMatchObject({ field: 'to' });
  });

  it('flags a client who is behind, silent and under the floor', async () => {
    const a = await coach().adherence.forClient({ clientId: ids.bea });
    expectScores(a.last7, BEA);
    expectScores(a.last28, BEA);
    expect(a.flags).toEqual({ behind: true, silent: true, underFloor: true });
    // The 7 days before are 1-3 March here (the assignment began on 1 March): nothing logged.
    expect(a.trend).toMatchObject({ previous7: 0, direction: 'steady' });
    expect(a.trend.change).toBeCloseTo(4 / 21 / 6, 10);
    const notStarted = await coach().adherence.forClient({ clientId: ids.dee });
    expect(notStarted.trend).toEqual({
      last7: null,
      previous7: null,
      change: null,
      direction: null,
    });
  });

  it('returns an empty result without an assignment', async () => {
    const a = await coach().adherence.forClient({ clientId: ids.cal });
    expect(a).toMatchObject({
      assignment: null,
      weeks: [],
      last7: NULLS,
      last28: NULLS,
      flags: { behind: false, silent: false, underFloor: false },
    });
  });

  it('lets a client read their own only; coaches their own clients only', async () => {
    const own = await as(h.ids.client).adherence.forClient();
    expect(own.clientId).toBe(h.ids.client);
    await expect(as(h.ids.client).adherence.forClient({ clientId: ids.bea })).rejects.toMatchObject(
      { code: 'NOT_FOUND' },
    );
    await expect(
      h.as('otherCoach').adherence.forClient({ clientId: h.ids.client }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Client not found' });
    await expect(
      h.as('admin').adherence.forClient({ clientId: h.ids.client }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('adherence.roster and clients.list', () => {
  it('lists every client of the coach, worst first, unassigned last, with the same scores as forClient', async () => {
    const roster = await coach().adherence.roster();
    expect(roster.map((r) => r.name)).toEqual([
      'Bea Client',
      'Cleo Client',
      'Dee Client',
      'Cal Client',
    ]);
    const [bea, cleo, dee, cal] = roster;
    expectScores(bea!.last7, BEA);
    expectScores(bea!.last28, BEA);
    expect(bea!.flags).toEqual({ behind: true, silent: true, underFloor: true });
    expectScores(cleo!.last7, ALL_ONE);
    expectScores(cleo!.last28, QUARTER);
    expect(cleo).toMatchObject({
      email: 'client@test.local',
      invitePending: false,
      flags: { behind: false, silent: false, underFloor: false },
    });
    expect(cleo!.assignment).toMatchObject({
      programName: 'Six-step back-toning and fat-loss program',
      startDate: '2026-02-10',
      endDate: '2026-04-06',
      status: 'active',
    });
    expect(dee).toMatchObject({
      invitePending: true,
      last7: NULLS,
      last28: NULLS,
      assignment: { startDate: '2026-03-20' },
    });
    expect(cal).toMatchObject({
      assignment: null,
      last7: NULLS,
      flags: { behind: false, silent: false, underFloor: false },
    });
    expect(await coach().clients.list()).toEqual(roster);
    for (const row of roster.filter((r) => r.assignment)) {
      const single = await coach().adherence.forClient({ clientId: row.clientId });
      expectScores(row.last7, single.last7);
      expectScores(row.last28, single.last28);
      expect(row.flags).toEqual(single.flags);
    }
  });

  it('never includes another coach’s clients, and is for coaches only', async () => {
    expect(await h.as('otherCoach', { now: () => NOW }).adherence.roster()).toMatchObject([
      { clientId: h.ids.otherClient, assignment: null },
    ]);
    await expect(h.as('client').adherence.roster()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(h.as('client').clients.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('filters by name or e-mail and by flag', async () => {
    const names = async (input: Parameters<ReturnType<typeof coach>['clients']['list']>[0]) => {
      const listed = (await coach().clients.list(input)).map((r) => r.name);
      // One procedure behind both names: the roster page reads adherence.roster with its filter.
      expect((await coach().adherence.roster(input)).map((r) => r.name)).toEqual(listed);
      return listed;
    };
    expect(await names({ search: 'bea' })).toEqual(['Bea Client']);
    expect(await names({ search: 'DEE@TEST' })).toEqual(['Dee Client']);
    expect(await names({ search: '%' })).toEqual([]);
    expect(await names({ flag: 'silent' })).toEqual(['Bea Client']);
    expect(await names({ flag: 'any' })).toEqual(['Bea Client']);
    // Cal has no assignment: not scored, so neither flagged nor on track.
    expect(await names({ flag: 'none' })).toEqual(['Cleo Client', 'Dee Client']);
    expect(await names({})).toContain('Cal Client');
    expect(await names({ search: 'client', flag: 'underFloor' })).toEqual(['Bea Client']);
    expect(await rejection(coach().clients.list({ flag: 'sad' as never }))).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'flag',
    });
  });

  it('stops counting an ended assignment after its end day', async () => {
    await coach().assignments.end({
      id: (await coach().assignments.current({ clientId: h.ids.client }))!.id,
      endedOn: '2026-03-08',
    });
    const [cleo] = await coach().clients.list({ search: 'cleo' });
    // 4-8 March: 3 strength sessions in 5/7 of a week → 1; cardio 3/(4·5/7) = 21/20 → 1; HIIT 1/(2·5/7) = 0.7.
    expectScores(cleo!.last7, {
      strength: 1,
      cardio: 1,
      hiit: 0.7,
      calories: 1,
      food: 1,
      treats: 1,
    });
    expect(cleo!.flags).toEqual({ behind: false, silent: false, underFloor: false });
  });
});
