import { TRPCError } from '@trpc/server';
import { and, asc, desc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import { DEFAULT_PROGRAM_TARGETS } from '@sixstep/domain';
import { exercises, programs, users, type Db, type Queryable } from '@sixstep/db';
import type { Actor } from '../../actor';
import { badInput, notFound } from '../../errors';
import type { ProgramCreateInput, ProgramUpdateInput } from '../../schemas/programs';
import { recordAudit } from '../audit/record-audit';
import { fieldChanges } from '../audit/field-changes';

export type Program = typeof programs.$inferSelect;

/** Coaches read the system template and their own programs; admins read every program. */
function readableBy(actor: Actor): SQL | undefined {
  if (actor.role === 'admin') return undefined;
  return or(eq(programs.isSystem, true), eq(programs.ownerId, actor.id));
}

const columns = {
  id: programs.id,
  name: programs.name,
  description: programs.description,
  isSystem: programs.isSystem,
  ownerId: programs.ownerId,
  ownerName: users.name,
  targets: programs.targets,
  defaultExerciseIds: programs.defaultExerciseIds,
  version: programs.version,
  createdAt: programs.createdAt,
  updatedAt: programs.updatedAt,
};

/** The system template first, then the rest by name. */
export async function listPrograms(db: Db, actor: Actor) {
  return db
    .select(columns)
    .from(programs)
    .leftJoin(users, eq(users.id, programs.ownerId))
    .where(readableBy(actor))
    .orderBy(desc(programs.isSystem), asc(programs.name), asc(programs.id));
}

async function findReadable(db: Queryable, actor: Actor, id: string) {
  const [program] = await db
    .select(columns)
    .from(programs)
    .leftJoin(users, eq(users.id, programs.ownerId))
    .where(and(eq(programs.id, id), readableBy(actor)));
  return program ?? null;
}

/** A program the actor may read, else NOT_FOUND (another coach's program looks like no program). */
export async function getProgram(db: Queryable, actor: Actor, id: string) {
  const program = await findReadable(db, actor, id);
  if (!program) throw notFound('Program');
  const defaultExercises = program.defaultExerciseIds.length
    ? await db
        .select({
          id: exercises.id,
          slug: exercises.slug,
          name: exercises.name,
          category: exercises.category,
          archivedAt: exercises.archivedAt,
        })
        .from(exercises)
        .where(inArray(exercises.id, program.defaultExerciseIds))
    : [];
  // Keep the template's order, not the database's.
  const byId = new Map(defaultExercises.map((e) => [e.id, e]));
  return {
    ...program,
    defaultExercises: program.defaultExerciseIds.flatMap((id) => byId.get(id) ?? []),
  };
}

async function checkDefaultExercises(tx: Queryable, ids: string[] | undefined) {
  if (!ids?.length) return;
  const found = await tx
    .select({ id: exercises.id })
    .from(exercises)
    .where(and(inArray(exercises.id, ids), isNull(exercises.archivedAt)));
  const live = new Set(found.map((e) => e.id));
  const missing = ids.findIndex((id) => !live.has(id));
  if (missing >= 0)
    throw badInput(
      `defaultExerciseIds.${missing}`,
      'No such exercise in the catalog (or it is archived)',
    );
}

/**
 * Coaches create their own variants (optionally copying a template they can read). Admins create
 * only the system template, and only when there is none yet (the seed normally makes it).
 */
export async function createProgram(db: Db, actor: Actor, input: ProgramCreateInput, now: Date) {
  return db.transaction(async (tx) => {
    const source = input.copyFromId ? await findReadable(tx, actor, input.copyFromId) : null;
    if (input.copyFromId && !source)
      throw badInput('copyFromId', 'No program with this id that you can copy');
    await checkDefaultExercises(tx, input.defaultExerciseIds);
    const isSystem = actor.role === 'admin';
    if (isSystem) {
      const [existing] = await tx
        .select({ id: programs.id })
        .from(programs)
        .where(eq(programs.isSystem, true));
      if (existing)
        throw new TRPCError({
          code: 'CONFLICT',
          message: 'The system template already exists; edit it instead',
        });
    }
    const [created] = await tx
      .insert(programs)
      .values({
        name: input.name,
        description: input.description ?? source?.description ?? '',
        targets: input.targets ?? source?.targets ?? DEFAULT_PROGRAM_TARGETS,
        defaultExerciseIds: input.defaultExerciseIds ?? source?.defaultExerciseIds ?? [],
        isSystem,
        ownerId: isSystem ? null : actor.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(
      tx,
      {
        actorId: actor.id,
        action: 'program.created',
        entity: 'program',
        entityId: created!.id,
        details: { copiedFrom: source?.id ?? null },
      },
      now,
    );
    return created!;
  });
}

/** Coaches edit only their own programs; admins edit only the system template. */
export async function updateProgram(db: Db, actor: Actor, input: ProgramUpdateInput, now: Date) {
  const { id, version, ...fields } = input;
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(programs)
      .where(and(eq(programs.id, id), readableBy(actor)))
      .for('update');
    if (!current) throw notFound('Program');
    const mayEdit = actor.role === 'admin' ? current.isSystem : current.ownerId === actor.id;
    if (!mayEdit)
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: current.isSystem
          ? 'Only an admin can edit the system template; make your own copy'
          : 'Admins edit only the system template',
      });
    if (version !== undefined && version !== current.version)
      throw new TRPCError({
        code: 'CONFLICT',
        message:
          'This program was changed by someone else since you opened it. Reload it and apply your change again.',
      });
    await checkDefaultExercises(tx, fields.defaultExerciseIds);
    const [updated] = await tx
      .update(programs)
      .set({ ...fields, version: current.version + 1, updatedAt: now })
      .where(and(eq(programs.id, id), eq(programs.version, current.version)))
      .returning();
    if (!updated)
      throw new TRPCError({
        code: 'CONFLICT',
        message: 'This program was changed by someone else since you opened it.',
      });
    await recordAudit(
      tx,
      {
        actorId: actor.id,
        action: 'program.updated',
        entity: 'program',
        entityId: id,
        details: {
          version: updated.version,
          fields: Object.keys(fields),
          changes: fieldChanges(current, fields),
        },
      },
      now,
    );
    return updated;
  });
}
