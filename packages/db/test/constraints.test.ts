import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROGRAM_TARGETS, type AssignmentTargets } from '@sixstep/domain';
import {
  assignments,
  dayLogs,
  databaseErrorInfo,
  exercises,
  PG_ERROR,
  programs,
  users,
  workoutLogs,
  type Db,
} from '../src/index';
import { createTestDatabase, type TestDatabase } from '../src/testing';

/** The database itself refuses these, whatever code (or person with psql) tries them. */

let database: TestDatabase;
let db: Db;
let clientId: string;
let otherClientId: string;
let coachId: string;
let exerciseId: string;
let programId: string;

async function refusal(work: Promise<unknown>) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the database accepted the write').not.toBeNull();
  return databaseErrorInfo(error);
}

const targets = (): AssignmentTargets => ({
  program: DEFAULT_PROGRAM_TARGETS,
  calories: { targetKcal: 1600, floorKcal: 1300 },
  exercises: [{ exerciseId, name: 'Row', sets: 3, reps: 12, loadKg: 6 }],
});

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  const [coach, client, other] = await db
    .insert(users)
    .values([
      { email: 'Coach@Example.test', name: 'Coach', role: 'coach' },
      { email: 'client@example.test', name: 'Client', role: 'client' },
      { email: 'other@example.test', name: 'Other', role: 'client' },
    ])
    .returning();
  coachId = coach!.id;
  clientId = client!.id;
  otherClientId = other!.id;
  const [exercise] = await db
    .insert(exercises)
    .values({ slug: 'row', name: 'Row', category: 'strength' })
    .returning();
  exerciseId = exercise!.id;
  const [program] = await db
    .insert(programs)
    .values({ name: 'Template', isSystem: true, targets: DEFAULT_PROGRAM_TARGETS })
    .returning();
  programId = program!.id;
});

afterAll(() => database?.destroy());

describe('users', () => {
  it('refuses an e-mail that differs from an existing one only in case', async () => {
    const error = await refusal(
      db.insert(users).values({ email: 'coach@EXAMPLE.test', name: 'Copy', role: 'coach' }),
    );
    expect(error).toEqual({ code: PG_ERROR.uniqueViolation, constraint: 'users_email_lower_key' });
  });
});

describe('day logs', () => {
  it('keeps one log per client and date', async () => {
    await db.insert(dayLogs).values({ clientId, date: '2025-03-01', calories: 1500 });
    const error = await refusal(
      db.insert(dayLogs).values({ clientId, date: '2025-03-01', calories: 1700 }),
    );
    expect(error).toEqual({
      code: PG_ERROR.uniqueViolation,
      constraint: 'day_logs_client_date_key',
    });
    // The same date is fine for someone else.
    await db
      .insert(dayLogs)
      .values({ clientId: otherClientId, date: '2025-03-01', calories: 1700 });
    const rows = await db.select().from(dayLogs).where(eq(dayLogs.clientId, clientId));
    expect(rows.map((r) => r.calories)).toEqual([1500]);
  });

  it.each([
    ['calories', { calories: -1 }],
    ['meals', { meals: -1 }],
    ['treats', { treats: -2 }],
    ['fat servings', { fatServings: -1 }],
  ])('refuses negative %s', async (_field, values) => {
    const error = await refusal(
      db.insert(dayLogs).values({ clientId, date: '2025-03-02', ...values }),
    );
    expect(error).toEqual({
      code: PG_ERROR.checkViolation,
      constraint: 'day_logs_non_negative_check',
    });
  });

  it('refuses a body weight of zero', async () => {
    const error = await refusal(
      db.insert(dayLogs).values({ clientId, date: '2025-03-03', weightKg: 0 }),
    );
    expect(error).toEqual({ code: PG_ERROR.checkViolation, constraint: 'day_logs_weight_check' });
  });
});

describe('workout logs', () => {
  it('stores one workout per client and idempotency key', async () => {
    const workout = {
      clientId,
      date: '2025-03-01',
      kind: 'cardio' as const,
      minutes: 30,
      idempotencyKey: 'key-0001',
    };
    await db.insert(workoutLogs).values(workout);
    const error = await refusal(db.insert(workoutLogs).values({ ...workout, minutes: 45 }));
    expect(error).toEqual({
      code: PG_ERROR.uniqueViolation,
      constraint: 'workout_logs_client_key_key',
    });
    // Keys are the client's own: another client may use the same one.
    await db.insert(workoutLogs).values({ ...workout, clientId: otherClientId });
  });

  it('refuses negative minutes', async () => {
    const error = await refusal(
      db.insert(workoutLogs).values({
        clientId,
        date: '2025-03-01',
        kind: 'hiit',
        minutes: -5,
        idempotencyKey: 'key-0002',
      }),
    );
    expect(error).toEqual({
      code: PG_ERROR.checkViolation,
      constraint: 'workout_logs_minutes_check',
    });
  });
});

describe('exercises', () => {
  it('cannot be deleted while a workout log refers to them', async () => {
    await db.insert(workoutLogs).values({
      clientId,
      date: '2025-03-04',
      kind: 'strength',
      exerciseId,
      sets: [{ reps: 12, loadKg: 6 }],
      idempotencyKey: 'key-0003',
    });
    const error = await refusal(db.delete(exercises).where(eq(exercises.id, exerciseId)));
    expect(error?.constraint).toBe('workout_logs_exercise_id_exercises_id_fk');
    expect([PG_ERROR.restrictViolation, PG_ERROR.foreignKeyViolation]).toContain(error?.code);
    expect(
      await db.select({ id: exercises.id }).from(exercises).where(eq(exercises.id, exerciseId)),
    ).toHaveLength(1);
  });

  it('refuses a difficulty outside 1-5 and a progression link to itself', async () => {
    const hard = await refusal(
      db
        .insert(exercises)
        .values({ slug: 'too-hard', name: 'Too hard', category: 'strength', difficulty: 6 }),
    );
    expect(hard).toEqual({
      code: PG_ERROR.checkViolation,
      constraint: 'exercises_difficulty_check',
    });
    const loop = await refusal(
      db.update(exercises).set({ progressionId: exerciseId }).where(eq(exercises.id, exerciseId)),
    );
    expect(loop).toEqual({
      code: PG_ERROR.checkViolation,
      constraint: 'exercises_progression_self_check',
    });
  });

  it('refuses a duplicate slug', async () => {
    const error = await refusal(
      db.insert(exercises).values({ slug: 'row', name: 'Another row', category: 'strength' }),
    );
    expect(error).toEqual({ code: PG_ERROR.uniqueViolation, constraint: 'exercises_slug_key' });
  });
});

describe('programs and assignments', () => {
  it('allows one system template only', async () => {
    const error = await refusal(
      db
        .insert(programs)
        .values({ name: 'Second', isSystem: true, targets: DEFAULT_PROGRAM_TARGETS }),
    );
    expect(error).toEqual({
      code: PG_ERROR.uniqueViolation,
      constraint: 'programs_one_system_key',
    });
  });

  it('keeps at most one active assignment per client; ended ones do not count', async () => {
    const assignment = {
      clientId,
      coachId,
      programId,
      startDate: '2025-01-06',
      weeks: 12,
      targets: targets(),
    };
    await db.insert(assignments).values({ ...assignment, status: 'ended', endedOn: '2025-02-01' });
    await db.insert(assignments).values(assignment);
    const error = await refusal(
      db.insert(assignments).values({ ...assignment, startDate: '2025-03-03' }),
    );
    expect(error).toEqual({
      code: PG_ERROR.uniqueViolation,
      constraint: 'assignments_one_active_key',
    });
  });

  it('refuses a program length outside 1-52 weeks', async () => {
    const error = await refusal(
      db.insert(assignments).values({
        clientId: otherClientId,
        coachId,
        programId,
        startDate: '2025-01-06',
        weeks: 0,
        targets: targets(),
      }),
    );
    expect(error).toEqual({ code: PG_ERROR.checkViolation, constraint: 'assignments_weeks_check' });
  });
});
