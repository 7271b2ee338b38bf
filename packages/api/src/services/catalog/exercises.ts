import { TRPCError } from '@trpc/server';
import { and, asc, desc, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import {
  exerciseRevisions,
  exercises,
  queryRows,
  users,
  type Db,
  type Queryable,
} from '@sixstep/db';
import { EXERCISE_EDITABLE_FIELDS } from '@sixstep/domain';
import type { Actor } from '../../actor';
import { badInput, fieldError, isUniqueViolation, notFound } from '../../errors';
import type {
  ExerciseCreateInput,
  ExerciseFields,
  ExerciseListInput,
  ExerciseUpdateInput,
} from '../../schemas/catalog';
import { isStorableText } from '../../schemas/text';
import { recordAudit } from '../audit/record-audit';
import { toLikePattern } from '../../infra/like-pattern';

export type Exercise = typeof exercises.$inferSelect;
type Changes = Record<string, { from: unknown; to: unknown }>;

const STALE_MESSAGE =
  'This exercise was changed by someone else since you opened it. Reload it and apply your change again.';

/** Only admins see archived exercises; everyone else gets NOT_FOUND, as if it never existed. */
const canSeeArchived = (actor: Actor) => actor.role === 'admin';

function encodeCursor(row: Pick<Exercise, 'name' | 'id'>): string {
  return Buffer.from(JSON.stringify([row.name, row.id])).toString('base64url');
}

/** What a cursor must decode to: a storable name and an id PostgreSQL can compare as a uuid. */
const decodedCursorSchema = z.tuple([z.string().refine(isStorableText), z.guid()]);

function decodeCursor(cursor: string): [string, string] {
  let value: unknown = null;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // not JSON: refused below like any other forged cursor
  }
  const decoded = decodedCursorSchema.safeParse(value);
  if (decoded.success) return decoded.data;
  throw badInput('cursor', 'Not a cursor this list returned; start again without one');
}

/** One page of the catalog, ordered by name. */
export async function listExercises(db: Db, actor: Actor, input: ExerciseListInput) {
  if (input.includeArchived && !canSeeArchived(actor))
    throw fieldError('includeArchived', 'only admins can list archived exercises', 'FORBIDDEN');
  const conditions: SQL[] = [];
  if (!input.includeArchived) conditions.push(isNull(exercises.archivedAt));
  if (input.category) conditions.push(eq(exercises.category, input.category));
  if (input.search) {
    const pattern = toLikePattern(input.search);
    conditions.push(
      or(
        ilike(exercises.name, pattern),
        ilike(exercises.slug, pattern),
        sql`array_to_string(${exercises.muscles}, ' ') ilike ${pattern}`,
        sql`array_to_string(${exercises.equipment}, ' ') ilike ${pattern}`,
      )!,
    );
  }
  if (input.cursor) {
    const [name, id] = decodeCursor(input.cursor);
    conditions.push(sql`(${exercises.name}, ${exercises.id}) > (${name}, ${id}::uuid)`);
  }
  const rows = await db
    .select()
    .from(exercises)
    .where(and(...conditions))
    .orderBy(asc(exercises.name), asc(exercises.id))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? encodeCursor(last) : null };
}

/** An exercise with its neighbours on the progression ladder (harder rung and easier rungs). */
export async function getExercise(db: Db, actor: Actor, id: string) {
  const [exercise] = await db.select().from(exercises).where(eq(exercises.id, id));
  if (!exercise || (exercise.archivedAt && !canSeeArchived(actor))) throw notFound('Exercise');
  const rung = {
    id: exercises.id,
    slug: exercises.slug,
    name: exercises.name,
    archivedAt: exercises.archivedAt,
  };
  const visible = canSeeArchived(actor) ? undefined : isNull(exercises.archivedAt);
  const [harder] = exercise.progressionId
    ? await db
        .select(rung)
        .from(exercises)
        .where(and(eq(exercises.id, exercise.progressionId), visible))
    : [];
  const easier = await db
    .select(rung)
    .from(exercises)
    .where(and(eq(exercises.progressionId, id), visible))
    .orderBy(asc(exercises.name));
  return { ...exercise, harder: harder ?? null, easier };
}

/** The progression target must exist, be live, not be the exercise itself and not close a loop. */
async function checkProgression(
  tx: Queryable,
  exerciseId: string | null,
  progressionId: string | null,
) {
  if (progressionId === null) return;
  if (progressionId === exerciseId)
    throw badInput('progressionId', 'An exercise cannot be its own progression');
  const [target] = await tx
    .select({ archivedAt: exercises.archivedAt })
    .from(exercises)
    .where(eq(exercises.id, progressionId));
  if (!target) throw badInput('progressionId', 'No exercise with this id');
  if (target.archivedAt)
    throw badInput('progressionId', 'That exercise is archived; restore it first');
  if (exerciseId === null) return;
  // Walk up the ladder from the new target; meeting this exercise again would make a loop.
  const chain = await queryRows<{ id: string }>(
    tx,
    sql`with recursive chain(id, progression_id) as (
          select id, progression_id from exercises where id = ${progressionId}
          union
          select e.id, e.progression_id from exercises e join chain c on e.id = c.progression_id
        ) select id from chain`,
  );
  if (chain.some((row) => row.id === exerciseId))
    throw badInput(
      'progressionId',
      'That link would make the progression ladder loop back to this exercise',
    );
}

function diff(before: Exercise, after: Partial<ExerciseFields>): Changes {
  const changes: Changes = {};
  for (const field of EXERCISE_EDITABLE_FIELDS) {
    if (!(field in after) || after[field] === undefined) continue;
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field]))
      changes[field] = { from: before[field], to: after[field] };
  }
  return changes;
}

async function recordRevision(
  tx: Queryable,
  actor: Actor,
  exercise: Exercise,
  action: 'created' | 'updated' | 'archived' | 'restored',
  changes: Changes,
  now: Date,
) {
  await tx.insert(exerciseRevisions).values({
    exerciseId: exercise.id,
    version: exercise.version,
    changedBy: actor.id,
    action,
    changes,
    createdAt: now,
  });
  await recordAudit(
    tx,
    {
      actorId: actor.id,
      action: `exercise.${action}`,
      entity: 'exercise',
      entityId: exercise.id,
      details: {
        version: exercise.version,
        fields: Object.keys(changes),
        ...(action === 'updated' && {
          changes: Object.entries(changes).map(([field, change]) => ({
            field,
            before: change.from,
            after: change.to,
          })),
        }),
      },
    },
    now,
  );
}

const duplicateSlug = () =>
  fieldError('slug', 'another exercise already uses this slug', 'CONFLICT');

async function rethrowDuplicateSlug<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error, 'exercises_slug_key')) throw duplicateSlug();
    throw error;
  }
}

export async function createExercise(
  db: Db,
  actor: Actor,
  input: ExerciseCreateInput,
  now: Date,
): Promise<Exercise> {
  return rethrowDuplicateSlug(
    db.transaction(async (tx) => {
      await checkProgression(tx, null, input.progressionId);
      const [created] = await tx
        .insert(exercises)
        .values({ ...input, createdAt: now, updatedAt: now })
        .returning();
      const changes = Object.fromEntries(
        EXERCISE_EDITABLE_FIELDS.map((f) => [f, { from: null, to: created![f] }]),
      );
      await recordRevision(tx, actor, created!, 'created', changes, now);
      return created!;
    }),
  );
}

/** Reads the row for a change, locked, and checks the version the editor read. */
async function lockForChange(
  tx: Queryable,
  id: string,
  version: number | undefined,
): Promise<Exercise> {
  const [current] = await tx.select().from(exercises).where(eq(exercises.id, id)).for('update');
  if (!current) throw notFound('Exercise');
  if (version !== undefined && current.version !== version)
    throw new TRPCError({ code: 'CONFLICT', message: STALE_MESSAGE });
  return current;
}

/** Applies a change guarded by the version: 0 rows updated means someone else won the race. */
async function writeVersioned(
  tx: Queryable,
  current: Exercise,
  values: Partial<typeof exercises.$inferInsert>,
  now: Date,
) {
  const [updated] = await tx
    .update(exercises)
    .set({ ...values, version: current.version + 1, updatedAt: now })
    .where(and(eq(exercises.id, current.id), eq(exercises.version, current.version)))
    .returning();
  if (!updated) throw new TRPCError({ code: 'CONFLICT', message: STALE_MESSAGE });
  return updated;
}

/** Optimistic update: `version` is the one the editor read. No real change → no new version. */
export async function updateExercise(
  db: Db,
  actor: Actor,
  input: ExerciseUpdateInput,
  now: Date,
): Promise<Exercise> {
  const { id, version, ...fields } = input;
  return rethrowDuplicateSlug(
    db.transaction(async (tx) => {
      const current = await lockForChange(tx, id, version);
      const changes = diff(current, fields);
      if (Object.keys(changes).length === 0) return current;
      if ('progressionId' in changes) await checkProgression(tx, id, fields.progressionId ?? null);
      const values = Object.fromEntries(
        Object.entries(changes).map(([field, change]) => [field, change.to]),
      );
      const updated = await writeVersioned(tx, current, values, now);
      await recordRevision(tx, actor, updated, 'updated', changes, now);
      return updated;
    }),
  );
}

/** Hides an exercise from lists and new assignments; existing assignments keep their snapshot. */
export async function archiveExercise(
  db: Db,
  actor: Actor,
  input: { id: string; version?: number },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const current = await lockForChange(tx, input.id, input.version);
    if (current.archivedAt) return current;
    const updated = await writeVersioned(tx, current, { archivedAt: now }, now);
    await recordRevision(
      tx,
      actor,
      updated,
      'archived',
      { archivedAt: { from: null, to: now.toISOString() } },
      now,
    );
    return updated;
  });
}

export async function restoreExercise(db: Db, actor: Actor, input: { id: string }, now: Date) {
  return db.transaction(async (tx) => {
    const current = await lockForChange(tx, input.id, undefined);
    if (!current.archivedAt) return current;
    const updated = await writeVersioned(tx, current, { archivedAt: null }, now);
    await recordRevision(
      tx,
      actor,
      updated,
      'restored',
      { archivedAt: { from: current.archivedAt.toISOString(), to: null } },
      now,
    );
    return updated;
  });
}

/** Every change to one exercise, newest first, with who made it. */
export async function listExerciseHistory(db: Db, id: string) {
  const [exists] = await db
    .select({ id: exercises.id })
    .from(exercises)
    .where(eq(exercises.id, id));
  if (!exists) throw notFound('Exercise');
  return db
    .select({
      version: exerciseRevisions.version,
      action: exerciseRevisions.action,
      changes: exerciseRevisions.changes,
      createdAt: exerciseRevisions.createdAt,
      changedBy: { id: users.id, name: users.name },
    })
    .from(exerciseRevisions)
    .leftJoin(users, eq(users.id, exerciseRevisions.changedBy))
    .where(eq(exerciseRevisions.exerciseId, id))
    .orderBy(desc(exerciseRevisions.version), desc(exerciseRevisions.createdAt));
}
