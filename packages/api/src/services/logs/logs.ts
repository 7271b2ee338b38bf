import { TRPCError } from '@trpc/server';
import { and, asc, between, eq } from 'drizzle-orm';
import {
  WORKOUTS_PER_DAY_MAX,
  type DayLogInput,
  type IsoDate,
  type WorkoutInput,
} from '@sixstep/domain';
import { dayLogs, exercises, users, workoutLogs, type Db, type Queryable } from '@sixstep/db';
import type { Actor } from '../../actor';
import { badInput } from '../../errors';
import { LOG_LIST_MAX_DAYS, type LogListInput } from '../../schemas/logs';
import { checkRange, refuseFutureDate } from '../../infra/calendar';
import { resolveClientScope } from '../clients/resolve-client-scope';

/** A day log as the API returns it. */
export const dayLogColumns = {
  id: dayLogs.id,
  date: dayLogs.date,
  calories: dayLogs.calories,
  meals: dayLogs.meals,
  proteinMeals: dayLogs.proteinMeals,
  fatServings: dayLogs.fatServings,
  vegServings: dayLogs.vegServings,
  treats: dayLogs.treats,
  plannedTreats: dayLogs.plannedTreats,
  weightKg: dayLogs.weightKg,
  note: dayLogs.note,
  updatedAt: dayLogs.updatedAt,
};

/** A workout's own columns as the API returns them. */
const workoutRowColumns = {
  id: workoutLogs.id,
  date: workoutLogs.date,
  kind: workoutLogs.kind,
  exerciseId: workoutLogs.exerciseId,
  sets: workoutLogs.sets,
  minutes: workoutLogs.minutes,
  activity: workoutLogs.activity,
  intervals: workoutLogs.intervals,
  key: workoutLogs.idempotencyKey,
  createdAt: workoutLogs.createdAt,
};

/** A workout as the API returns it, with the catalog name of its exercise (archived ones too). */
export const workoutColumns = { ...workoutRowColumns, exerciseName: exercises.name };

/** A client's day logs in [from, to], by date. */
export function selectDayLogsBetween(db: Queryable, clientId: string, from: IsoDate, to: IsoDate) {
  return db
    .select(dayLogColumns)
    .from(dayLogs)
    .where(and(eq(dayLogs.clientId, clientId), between(dayLogs.date, from, to)))
    .orderBy(asc(dayLogs.date));
}

/** A client's workouts in [from, to], by date then in the order they were logged. */
export function selectWorkoutsBetween(db: Queryable, clientId: string, from: IsoDate, to: IsoDate) {
  return db
    .select(workoutColumns)
    .from(workoutLogs)
    .leftJoin(exercises, eq(exercises.id, workoutLogs.exerciseId))
    .where(and(eq(workoutLogs.clientId, clientId), between(workoutLogs.date, from, to)))
    .orderBy(asc(workoutLogs.date), asc(workoutLogs.createdAt), asc(workoutLogs.id));
}

/**
 * Creates or changes the client's log of one day: one row per client and date. Fields left out
 * keep their value, null clears one. The cross-field rules (protein meals ≤ meals, planned
 * treats ≤ treats) are checked on the merged row, so a partial update cannot break them.
 */
export async function upsertDayLog(db: Db, client: Actor, input: DayLogInput, now: Date) {
  refuseFutureDate('date', input.date, now);
  const { date, ...fields } = input;
  const changes = Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  );
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(dayLogs)
      .values({ clientId: client.id, date, ...changes, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: [dayLogs.clientId, dayLogs.date],
        set: { ...changes, updatedAt: now },
      })
      .returning(dayLogColumns);
    const saved = row!;
    if (saved.proteinMeals !== null && saved.meals !== null && saved.proteinMeals > saved.meals)
      throw badInput(
        'proteinMeals',
        `Meals with protein cannot exceed the number of meals (${saved.meals})`,
      );
    if (saved.plannedTreats !== null && saved.treats !== null && saved.plannedTreats > saved.treats)
      throw badInput(
        'plannedTreats',
        `Planned treats cannot exceed the number of treats (${saved.treats})`,
      );
    return saved;
  });
}

const exerciseNotFound = () =>
  new TRPCError({ code: 'NOT_FOUND', message: 'exerciseId: No such exercise in the catalog' });

/** A client's workout by its idempotency key, as the API returns it. */
async function workoutByKey(db: Queryable, clientId: string, key: string) {
  const [stored] = await db
    .select(workoutColumns)
    .from(workoutLogs)
    .leftJoin(exercises, eq(exercises.id, workoutLogs.exerciseId))
    .where(and(eq(workoutLogs.clientId, clientId), eq(workoutLogs.idempotencyKey, key)));
  return stored;
}

/**
 * Stores a workout once per client-made key. A retry, or the same call arriving twice at once,
 * gets the stored workout back; so does a different workout sent with a key already used (the
 * key names the first submission, whose content wins). Archived exercises can still be logged:
 * assignments keep prescribing them. A new workout costs one statement (two with an exercise,
 * whose kind is checked first); only a repeated key reads the stored row back.
 */
export async function addWorkout(db: Db, client: Actor, input: WorkoutInput, now: Date) {
  refuseFutureDate('date', input.date, now);
  let exerciseName: string | null = null;
  if (input.exerciseId !== undefined) {
    const [exercise] = await db
      .select({ name: exercises.name, category: exercises.category })
      .from(exercises)
      .where(eq(exercises.id, input.exerciseId));
    if (!exercise) throw exerciseNotFound();
    if (exercise.category !== input.kind)
      throw badInput('exerciseId', `This is a ${exercise.category} exercise, not ${input.kind}`);
    exerciseName = exercise.name;
  }
  const existing = await workoutByKey(db, client.id, input.key);
  if (existing) return existing;
  const [inserted] = await db.transaction(async (tx) => {
    // One client's workouts are added one at a time, so the day's count cannot be raced past.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, client.id)).for('update');
    const logged = await tx.$count(
      workoutLogs,
      and(eq(workoutLogs.clientId, client.id), eq(workoutLogs.date, input.date)),
    );
    if (logged >= WORKOUTS_PER_DAY_MAX)
      throw badInput('date', `At most ${WORKOUTS_PER_DAY_MAX} workouts can be logged on one day`);
    return tx
      .insert(workoutLogs)
      .values({
        clientId: client.id,
        date: input.date,
        kind: input.kind,
        exerciseId: input.exerciseId ?? null,
        sets: (input.sets ?? []).map((s) => ({ reps: s.reps, loadKg: s.loadKg ?? null })),
        minutes: input.minutes ?? null,
        activity: input.activity || null,
        intervals: input.intervals ?? null,
        idempotencyKey: input.key,
        createdAt: now,
      })
      .onConflictDoNothing({ target: [workoutLogs.clientId, workoutLogs.idempotencyKey] })
      .returning(workoutRowColumns);
  });
  if (inserted) return { ...inserted, exerciseName };
  // The key was used before: every caller with it gets the same (first) row.
  return (await workoutByKey(db, client.id, input.key))!;
}

/** Deletes one of the client's own workouts; anyone else's id is NOT_FOUND. */
export async function deleteWorkout(db: Db, client: Actor, id: string) {
  const [deleted] = await db
    .delete(workoutLogs)
    .where(and(eq(workoutLogs.id, id), eq(workoutLogs.clientId, client.id)))
    .returning({ id: workoutLogs.id });
  if (!deleted) throw new TRPCError({ code: 'NOT_FOUND', message: 'Workout not found' });
  return deleted;
}

/** Day logs and workouts of a range; clients read their own, coaches their own clients'. */
export async function listLogs(db: Db, actor: Actor, input: LogListInput) {
  checkRange(input.from, input.to, LOG_LIST_MAX_DAYS);
  const clientId = await resolveClientScope(db, actor, input.clientId);
  const [days, workouts] = await Promise.all([
    selectDayLogsBetween(db, clientId, input.from, input.to),
    selectWorkoutsBetween(db, clientId, input.from, input.to),
  ]);
  return { clientId, from: input.from, to: input.to, days, workouts };
}
