import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { DEFAULT_PROGRAM_TARGETS } from '@sixstep/domain';
import { assignments, auditLog, exercises } from '@sixstep/db';
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
const at = () => NOW;
const coach = () => h.as('coach', { now: at });

/**
 * Cleo: female, 165 cm, 80 kg, born 1990-05-01, moderate (×1.55); 35 years old on 2026-03-02.
 * BMR = 800 + 1031.25 − 175 − 161 = 1495.25; TDEE = 2317.64; target = round(2317.64 − 500) = 1818.
 */
const CLEO_TARGET_KCAL = 1818;

async function endActive(clientId: string) {
  await h.database.db
    .update(assignments)
    .set({ status: 'ended', endedOn: '2026-03-01' })
    .where(and(eq(assignments.clientId, clientId), eq(assignments.status, 'active')));
}

describe('assignments.create', () => {
  it('snapshots the template: program targets, computed calories, suggested exercises with names', async () => {
    const created = await coach().assignments.create({
      clientId: h.ids.client,
      programId: fx.templateId,
      startDate: '2026-03-02',
      weeks: 12,
    });
    expect(created).toMatchObject({
      clientId: h.ids.client,
      coachId: h.ids.coach,
      programId: fx.templateId,
      status: 'active',
      startDate: '2026-03-02',
      weeks: 12,
      endedOn: null,
      endDate: '2026-05-24',
      programName: 'Six-step back-toning and fat-loss program',
    });
    expect(created.targets).toEqual({
      program: DEFAULT_PROGRAM_TARGETS,
      calories: { targetKcal: CLEO_TARGET_KCAL, floorKcal: 1300 },
      exercises: [
        { exerciseId: fx.exerciseId.chinUp, name: 'Chin up', sets: 3, reps: 12, loadKg: null },
        { exerciseId: fx.exerciseId.row, name: 'Dumbbell row', sets: 3, reps: 12, loadKg: null },
      ],
    });
    const audit = await h.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, created.id));
    expect(audit).toMatchObject([
      { action: 'assignment.created', entity: 'assignment', actorId: h.ids.coach },
    ]);
  });

  it('allows one active assignment per client (CONFLICT that says to end it)', async () => {
    const second = coach().assignments.create({
      clientId: h.ids.client,
      programId: fx.templateId,
      startDate: '2026-03-09',
      weeks: 4,
    });
    await expect(second).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('end it'),
    });
  });

  it('refuses a coach target under the floor, naming the field, and stores nothing', async () => {
    await endActive(h.ids.client);
    const before = await h.database.db.select().from(assignments);
    const attempt = coach().assignments.create({
      clientId: h.ids.client,
      programId: fx.templateId,
      startDate: '2026-03-09',
      weeks: 4,
      targets: { calories: { targetKcal: 1299 } },
    });
    expect(await rejection(attempt)).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'targets.calories.targetKcal',
      message: expect.stringContaining('floor of 1,300'),
    });
    expect(await h.database.db.select().from(assignments)).toHaveLength(before.length);
  });

  it('takes a target at the floor, chosen exercises with loads, and per-step overrides', async () => {
    const created = await coach().assignments.create({
      clientId: h.ids.client,
      programId: fx.templateId,
      startDate: '2026-03-09',
      weeks: 4,
      targets: {
        calories: { targetKcal: 1300 },
        exercises: [
          { exerciseId: fx.exerciseId.pulldown.toUpperCase(), sets: 4, reps: 10, loadKg: 25 },
          { exerciseId: fx.exerciseId.row, sets: 3, reps: 12 },
        ],
        program: { cardio: { sessionsPerWeek: 3 }, treats: { allowancePerWeek: 1 } },
      },
    });
    expect(created.targets.calories).toEqual({ targetKcal: 1300, floorKcal: 1300 });
    expect(created.targets.exercises).toEqual([
      {
        exerciseId: fx.exerciseId.pulldown,
        name: 'Cable lat pulldown',
        sets: 4,
        reps: 10,
        loadKg: 25,
      },
      { exerciseId: fx.exerciseId.row, name: 'Dumbbell row', sets: 3, reps: 12, loadKg: null },
    ]);
    expect(created.targets.program.cardio).toEqual({
      ...DEFAULT_PROGRAM_TARGETS.cardio,
      sessionsPerWeek: 3,
    });
    expect(created.targets.program.treats.allowancePerWeek).toBe(1);
    await endActive(h.ids.client);
  });

  it.each([
    [
      'targets.exercises.0.exerciseId',
      { exercises: [{ exerciseId: '00000000-0000-4000-8000-000000000000', sets: 3, reps: 12 }] },
    ],
    [
      'targets.exercises.0.exerciseId',
      { exercises: [{ exerciseId: 'ROWING', sets: 3, reps: 12 }] },
    ],
    [
      'targets.exercises.1.exerciseId',
      {
        exercises: [
          { exerciseId: 'ROW', sets: 3, reps: 12 },
          { exerciseId: 'ROW', sets: 2, reps: 8 },
        ],
      },
    ],
    ['targets.program.cardio.minSessionsPerWeek', { program: { cardio: { sessionsPerWeek: 1 } } }],
    ['targets.exercises.0.sets', { exercises: [{ exerciseId: 'ROW', sets: 0, reps: 12 }] }],
  ])('names %s when the targets are wrong', async (field, targets) => {
    const resolved = JSON.parse(
      JSON.stringify(targets)
        .replace(/ROWING/g, fx.exerciseId.rowing)
        .replace(/ROW/g, fx.exerciseId.row),
    );
    const attempt = coach().assignments.create({
      clientId: h.ids.client,
      programId: fx.templateId,
      startDate: '2026-03-09',
      weeks: 4,
      targets: resolved,
    });
    expect(await rejection(attempt)).toMatchObject({ code: 'BAD_REQUEST', field });
  });

  it('refuses an archived exercise for a new prescription', async () => {
    const [archived] = await h.database.db
      .insert(exercises)
      .values({ slug: 'old-row', name: 'Old row', category: 'strength', archivedAt: NOW })
      .returning({ id: exercises.id });
    const attempt = coach().assignments.create({
      clientId: h.ids.client,
      programId: fx.templateId,
      startDate: '2026-03-09',
      weeks: 4,
      targets: { exercises: [{ exerciseId: archived!.id, sets: 3, reps: 12 }] },
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('archived'),
    });
  });

  it.each([
    ['weeks', { weeks: 0 }],
    ['weeks', { weeks: 53 }],
    ['startDate', { startDate: '2026-02-30' }],
    ['programId', { programId: 'template' }],
  ])('names %s when it is invalid', async (field, patch) => {
    const attempt = coach().assignments.create({
      clientId: h.ids.client,
      programId: fx.templateId,
      startDate: '2026-03-09',
      weeks: 4,
      ...patch,
    });
    expect(await rejection(attempt)).toMatchObject({ code: 'BAD_REQUEST', field });
  });

  it("treats another coach's client like a missing one, and is for coaches only", async () => {
    const input = {
      clientId: h.ids.otherClient,
      programId: fx.templateId,
      startDate: '2026-03-09',
      weeks: 4,
    };
    await expect(coach().assignments.create(input)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Client not found',
    });
    await expect(
      coach().assignments.create({ ...input, clientId: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Client not found',
    });
    await expect(
      h.as('client').assignments.create({ ...input, clientId: h.ids.client }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      h.as('admin').assignments.create({ ...input, clientId: h.ids.client }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it("refuses another coach's own template with NOT_FOUND", async () => {
    const variant = await h.as('otherCoach', { now: at }).programs.create({ name: 'Otto variant' });
    const attempt = coach().assignments.create({
      clientId: h.ids.client,
      programId: variant.id,
      startDate: '2026-03-09',
      weeks: 4,
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Program not found',
    });
  });
});

describe('the snapshot', () => {
  it('does not change when the catalog or the template is edited later', async () => {
    const created = await coach().assignments.create({
      clientId: h.ids.client,
      programId: fx.templateId,
      startDate: '2026-03-09',
      weeks: 6,
    });
    const before = created.targets;

    const chinUp = await h.as('admin', { now: at }).catalog.get({ id: fx.exerciseId.chinUp });
    await h
      .as('admin', { now: at })
      .catalog.update({ id: chinUp.id, version: chinUp.version, name: 'Chin-up (renamed)' });
    await h.as('admin', { now: at }).catalog.archive({ id: fx.exerciseId.row });
    const template = await h.as('admin', { now: at }).programs.get({ id: fx.templateId });
    await h.as('admin', { now: at }).programs.update({
      id: fx.templateId,
      version: template.version,
      targets: {
        ...template.targets,
        strength: { ...template.targets.strength, repsPerSet: 8 },
        treats: { allowancePerWeek: 5 },
      },
      defaultExerciseIds: [fx.exerciseId.pullUp],
    });

    const [stored] = await h.database.db
      .select()
      .from(assignments)
      .where(eq(assignments.id, created.id));
    expect(stored!.targets).toEqual(before);
    expect(stored!.targets.exercises.map((e) => e.name)).toEqual(['Chin up', 'Dumbbell row']);
  });
});

describe('assignments.update', () => {
  it('changes only what is sent, keeps archived exercises already prescribed, and audits', async () => {
    const current = await coach().assignments.current({ clientId: h.ids.client });
    expect(current?.status).toBe('active');
    const updated = await coach().assignments.update({
      id: current!.id,
      weeks: 8,
      targets: {
        calories: { targetKcal: 1650 },
        // The row was archived above; it stays allowed because it is already prescribed, under its snapshot name.
        exercises: [
          { exerciseId: fx.exerciseId.chinUp, sets: 3, reps: 6, loadKg: null },
          { exerciseId: fx.exerciseId.row, sets: 3, reps: 12, loadKg: 6 },
        ],
      },
    });
    expect(updated).toMatchObject({ weeks: 8, startDate: current!.startDate });
    expect(updated.targets.calories).toEqual({ targetKcal: 1650, floorKcal: 1300 });
    expect(updated.targets.exercises).toEqual([
      { exerciseId: fx.exerciseId.chinUp, name: 'Chin up', sets: 3, reps: 6, loadKg: null },
      { exerciseId: fx.exerciseId.row, name: 'Dumbbell row', sets: 3, reps: 12, loadKg: 6 },
    ]);
    expect(updated.targets.program).toEqual(current!.targets.program);
    const audit = await h.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, current!.id), eq(auditLog.action, 'assignment.updated')));
    expect(audit[0]!.details).toMatchObject({
      fields: ['weeks', 'targets.calories', 'targets.exercises'],
    });
  });

  it('still enforces the floor', async () => {
    const current = await coach().assignments.current({ clientId: h.ids.client });
    const attempt = coach().assignments.update({
      id: current!.id,
      targets: { calories: { targetKcal: 1200 } },
    });
    expect(await rejection(attempt)).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'targets.calories.targetKcal',
    });
    const [stored] = await h.database.db
      .select()
      .from(assignments)
      .where(eq(assignments.id, current!.id));
    expect(stored!.targets.calories.targetKcal).toBe(1650);
  });

  it('gives another coach NOT_FOUND for this assignment', async () => {
    const current = await coach().assignments.current({ clientId: h.ids.client });
    await expect(
      h.as('otherCoach', { now: at }).assignments.update({ id: current!.id, weeks: 2 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      h.as('otherCoach', { now: at }).assignments.end({ id: current!.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      h.as('otherCoach').assignments.current({ clientId: h.ids.client }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('assignments.end', () => {
  it('refuses a future or pre-start end date', async () => {
    const current = await coach().assignments.current({ clientId: h.ids.client });
    expect(
      await rejection(coach().assignments.end({ id: current!.id, endedOn: '2026-03-20' })),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'endedOn' });
    expect(
      await rejection(coach().assignments.end({ id: current!.id, endedOn: '2026-03-01' })),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'endedOn' });
  });

  it('ends today by default, audits, and then allows a new assignment', async () => {
    const current = await coach().assignments.current({ clientId: h.ids.client });
    const ended = await coach().assignments.end({ id: current!.id });
    expect(ended).toMatchObject({ status: 'ended', endedOn: '2026-03-10', endDate: '2026-03-10' });
    await expect(coach().assignments.end({ id: current!.id })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(coach().assignments.update({ id: current!.id, weeks: 3 })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const audit = await h.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, current!.id), eq(auditLog.action, 'assignment.ended')));
    expect(audit).toHaveLength(1);
    const next = await coach().assignments.create({
      clientId: h.ids.client,
      programId: fx.templateId,
      startDate: '2026-03-11',
      weeks: 4,
    });
    expect(next.status).toBe('active');
    // The template now suggests only the pull-up, with its edited reps.
    expect(next.targets.exercises).toEqual([
      { exerciseId: fx.exerciseId.pullUp, name: 'Pull up', sets: 3, reps: 8, loadKg: null },
    ]);
  });
});
