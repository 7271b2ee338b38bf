import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { dayLogs, workoutLogs } from '@sixstep/db';
import { createHarness, type Harness } from './harness';
import { seedProgramFixture } from './program-fixture';
import { rejection } from './rejection';

let h: Harness;
let fx: Awaited<ReturnType<typeof seedProgramFixture>>;
beforeAll(async () => {
  h = await createHarness();
  fx = await seedProgramFixture(h.database.db);
});
afterAll(() => h.destroy());

const NOW = new Date('2026-03-10T12:00:00Z');
const client = () => h.as('client', { now: () => NOW });

const dayRows = (clientId: string, date: string) =>
  h.database.db
    .select()
    .from(dayLogs)
    .where(and(eq(dayLogs.clientId, clientId), eq(dayLogs.date, date)));

describe('logs.upsertDay', () => {
  it('keeps one row per day; fields left out keep their value, null clears', async () => {
    const first = await client().logs.upsertDay({
      date: '2026-03-09',
      calories: 1700,
      meals: 3,
      proteinMeals: 3,
      weightKg: 79.4,
      note: 'Good day',
    });
    expect(first).toMatchObject({
      date: '2026-03-09',
      calories: 1700,
      meals: 3,
      proteinMeals: 3,
      weightKg: 79.4,
      note: 'Good day',
      treats: null,
    });
    const second = await client().logs.upsertDay({
      date: '2026-03-09',
      treats: 1,
      plannedTreats: 1,
      note: null,
    });
    expect(second).toMatchObject({
      id: first.id,
      calories: 1700,
      meals: 3,
      proteinMeals: 3,
      weightKg: 79.4,
      treats: 1,
      plannedTreats: 1,
      note: null,
    });
    const third = await client().logs.upsertDay({ date: '2026-03-09', calories: null });
    expect(third).toMatchObject({ calories: null, meals: 3, treats: 1 });
    expect(await dayRows(h.ids.client, '2026-03-09')).toHaveLength(1);
  });

  it('for every field: left out keeps the stored value, null clears it', async () => {
    const full = {
      calories: 1650,
      meals: 4,
      proteinMeals: 3,
      fatServings: 2,
      vegServings: 3,
      treats: 2,
      plannedTreats: 1,
      weightKg: 78.2,
      note: 'Long walk',
    };
    const date = '2026-02-20';
    await client().logs.upsertDay({ date, ...full });
    for (const field of Object.keys(full) as Array<keyof typeof full>) {
      // Another field changes (and is put back): this one, left out, keeps its value.
      const other = field === 'note' ? { calories: 1600 } : { note: `Not ${field}` };
      const kept = await client().logs.upsertDay({ date, ...other });
      expect(kept[field], `${field} kept`).toBe(full[field]);
      await client().logs.upsertDay({ date, calories: full.calories, note: full.note });
      // Sent as null on purpose: cleared, and nothing else is touched.
      const cleared = await client().logs.upsertDay({ date, [field]: null });
      expect(cleared[field], `${field} cleared`).toBeNull();
      const restored = await client().logs.upsertDay({ date, [field]: full[field] });
      expect(restored[field]).toBe(full[field]);
    }
  });

  it('refuses an invalid weight and keeps the stored weight and everything else sent with it', async () => {
    const date = '2026-02-21';
    await client().logs.upsertDay({ date, weightKg: 80.5, calories: 1500 });
    for (const weightKg of [-5, 0, 9999])
      expect(
        await rejection(client().logs.upsertDay({ date, weightKg, calories: 1400 })),
      ).toMatchObject({ code: 'BAD_REQUEST', field: 'weightKg' });
    const [stored] = await dayRows(h.ids.client, date);
    expect(stored).toMatchObject({ weightKg: 80.5, calories: 1500 });
  });

  it('stores one row when the same day is saved twice at once', async () => {
    await Promise.all([
      client().logs.upsertDay({ date: '2026-03-08', calories: 1500 }),
      client().logs.upsertDay({ date: '2026-03-08', fatServings: 2 }),
    ]);
    const rows = await dayRows(h.ids.client, '2026-03-08');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ calories: 1500, fatServings: 2 });
  });

  it('checks the cross-field rules on the merged day and keeps the stored one', async () => {
    // meals = 3 is stored from the first test; 4 meals with protein would exceed it.
    expect(
      await rejection(client().logs.upsertDay({ date: '2026-03-09', proteinMeals: 4 })),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'proteinMeals' });
    expect(
      await rejection(client().logs.upsertDay({ date: '2026-03-09', plannedTreats: 2 })),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'plannedTreats' });
    expect((await dayRows(h.ids.client, '2026-03-09'))[0]).toMatchObject({
      proteinMeals: 3,
      plannedTreats: 1,
    });
  });

  it.each([
    ['date', { date: '2026-03-12' }],
    ['date', { date: '09/03/2026' }],
    ['calories', { date: '2026-03-09', calories: -5 }],
    ['calories', { date: '2026-03-09', calories: 1.5 }],
    ['weightKg', { date: '2026-03-09', weightKg: 9 }],
    ['proteinMeals', { date: '2026-03-09', meals: 2, proteinMeals: 3 }],
  ])('names %s when it is out of bounds', async (field, input) => {
    expect(await rejection(client().logs.upsertDay(input as never))).toMatchObject({
      code: 'BAD_REQUEST',
      field,
    });
  });

  it('accepts tomorrow (a client ahead of UTC) and is for clients only', async () => {
    await expect(client().logs.upsertDay({ date: '2026-03-11', meals: 1 })).resolves.toMatchObject({
      date: '2026-03-11',
    });
    await expect(
      h.as('coach').logs.upsertDay({ date: '2026-03-09', meals: 1 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('logs.addWorkout', () => {
  const rowing = {
    key: 'rowing-key-1',
    date: '2026-03-09',
    kind: 'cardio' as const,
    exerciseId: '',
    minutes: 35,
    activity: 'Rowing',
  };

  it('stores a workout once per key; a retry returns the stored one', async () => {
    const input = { ...rowing, exerciseId: fx.exerciseId.rowing };
    const first = await client().logs.addWorkout(input);
    expect(first).toMatchObject({
      date: '2026-03-09',
      kind: 'cardio',
      minutes: 35,
      activity: 'Rowing',
      exerciseName: 'Rowing machine',
      key: 'rowing-key-1',
    });
    const retry = await client().logs.addWorkout(input);
    expect(retry).toEqual(first);
    // Same key, different content: the first submission wins.
    const changed = await client().logs.addWorkout({ ...input, minutes: 50 });
    expect(changed).toEqual(first);
  });

  it('stores one row when two identical calls arrive at once, and both get it', async () => {
    const input = {
      key: 'strength-key-concurrent',
      date: '2026-03-10',
      kind: 'strength' as const,
      exerciseId: fx.exerciseId.chinUp,
      sets: [{ reps: 8 }, { reps: 7, loadKg: 0 }],
    };
    const [a, b] = await Promise.all([
      client().logs.addWorkout(input),
      client().logs.addWorkout(input),
    ]);
    expect(a).toEqual(b);
    expect(a.sets).toEqual([
      { reps: 8, loadKg: null },
      { reps: 7, loadKg: 0 },
    ]);
    const rows = await h.database.db
      .select()
      .from(workoutLogs)
      .where(eq(workoutLogs.idempotencyKey, input.key));
    expect(rows).toHaveLength(1);
  });

  it('keys are per client: another client may use the same key', async () => {
    const other = await h
      .as('otherClient', { now: () => NOW })
      .logs.addWorkout({ ...rowing, exerciseId: fx.exerciseId.rowing });
    const mine = await client().logs.addWorkout({ ...rowing, exerciseId: fx.exerciseId.rowing });
    expect(other.id).not.toBe(mine.id);
  });

  it('needs an exercise of the catalog, of the same kind', async () => {
    const missing = await rejection(
      client().logs.addWorkout({
        key: 'strength-missing',
        date: '2026-03-10',
        kind: 'strength',
        exerciseId: '00000000-0000-4000-8000-000000000000',
        sets: [{ reps: 5 }],
      }),
    );
    expect(missing).toMatchObject({ code: 'NOT_FOUND', field: 'exerciseId' });
    const wrongKind = await rejection(
      client().logs.addWorkout({
        key: 'strength-wrong',
        date: '2026-03-10',
        kind: 'strength',
        exerciseId: fx.exerciseId.rowing,
        sets: [{ reps: 5 }],
      }),
    );
    expect(wrongKind).toMatchObject({ code: 'BAD_REQUEST', field: 'exerciseId' });
    expect(
      await rejection(
        client().logs.addWorkout({
          key: 'strength-nosets',
          date: '2026-03-10',
          kind: 'strength',
          exerciseId: fx.exerciseId.chinUp,
        }),
      ),
    ).toMatchObject({ field: 'sets' });
    expect(
      await rejection(
        client().logs.addWorkout({ key: 'hiit-no-minutes', date: '2026-03-10', kind: 'hiit' }),
      ),
    ).toMatchObject({ field: 'minutes' });
    expect(
      await rejection(
        client().logs.addWorkout({
          key: 'hiit-future',
          date: '2026-03-12',
          kind: 'hiit',
          minutes: 20,
        }),
      ),
    ).toMatchObject({ field: 'date' });
    expect(
      await rejection(
        client().logs.addWorkout({
          key: 'bad key!',
          date: '2026-03-10',
          kind: 'hiit',
          minutes: 20,
        }),
      ),
    ).toMatchObject({ field: 'key' });
  });
});

describe('logs.deleteWorkout', () => {
  it("deletes one's own workout; another client's id is NOT_FOUND and stays", async () => {
    const mine = await client().logs.addWorkout({
      key: 'to-delete-1',
      date: '2026-03-10',
      kind: 'hiit',
      minutes: 18,
    });
    const theirs = await h
      .as('otherClient', { now: () => NOW })
      .logs.addWorkout({ key: 'theirs-1234', date: '2026-03-10', kind: 'hiit', minutes: 18 });
    await expect(client().logs.deleteWorkout({ id: theirs.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      await h.database.db.select().from(workoutLogs).where(eq(workoutLogs.id, theirs.id)),
    ).toHaveLength(1);
    await expect(client().logs.deleteWorkout({ id: mine.id })).resolves.toEqual({ id: mine.id });
    await expect(client().logs.deleteWorkout({ id: mine.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(h.as('coach').logs.deleteWorkout({ id: theirs.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('logs.list', () => {
  it('gives a client their own logs in date order', async () => {
    const mine = await client().logs.list({ from: '2026-03-01', to: '2026-03-31' });
    expect(mine.clientId).toBe(h.ids.client);
    expect(mine.days.map((d) => d.date)).toEqual(['2026-03-08', '2026-03-09', '2026-03-11']);
    expect(mine.workouts.map((w) => [w.date, w.kind])).toEqual([
      ['2026-03-09', 'cardio'],
      ['2026-03-10', 'strength'],
    ]);
  });

  it("never widens a client's access through clientId", async () => {
    await expect(
      client().logs.list({ clientId: h.ids.otherClient, from: '2026-03-01', to: '2026-03-31' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const self = await client().logs.list({
      clientId: h.ids.client.toUpperCase(),
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(self.clientId).toBe(h.ids.client);
  });

  it("lets a coach read their own client's logs only", async () => {
    const read = await h
      .as('coach')
      .logs.list({ clientId: h.ids.client, from: '2026-03-01', to: '2026-03-31' });
    expect(read.days).toHaveLength(3);
    await expect(
      h
        .as('coach')
        .logs.list({ clientId: h.ids.otherClient, from: '2026-03-01', to: '2026-03-31' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Client not found' });
    expect(
      await rejection(h.as('coach').logs.list({ from: '2026-03-01', to: '2026-03-31' })),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'clientId' });
    await expect(
      h.as('admin').logs.list({ clientId: h.ids.client, from: '2026-03-01', to: '2026-03-31' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a backwards or too long range', async () => {
    expect(
      await rejection(client().logs.list({ from: '2026-03-10', to: '2026-03-01' })),
    ).toMatchObject({ field: 'to' });
    expect(
      await rejection(client().logs.list({ from: '2025-01-01', to: '2026-03-01' })),
    ).toMatchObject({ field: 'to' });
    await expect(
      client().logs.list({ from: '2025-02-05', to: '2026-03-10' }),
    ).resolves.toBeTruthy();
  });
});
