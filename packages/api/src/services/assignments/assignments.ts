import { TRPCError } from '@trpc/server';
import { and, desc, eq, inArray } from 'drizzle-orm';
import {
  ageOn,
  assignmentEndDate,
  assignmentTargetsSchema,
  calorieFloor,
  calorieTargetFor,
  maxDate,
  defaultEndDate,
  defaultPrescription,
  endDateProblem,
  programTargetsSchema,
  targetChanges,
  targetsOn,
  validateCalorieTarget,
  type AssignmentTargets,
  type CalorieTargets,
  type IsoDate,
  type PrescribedExercise,
  type ProgramTargets,
} from '@sixstep/domain';
import {
  assignments,
  assignmentTargetVersions,
  clientProfiles,
  exercises,
  programs,
  type Db,
  type Queryable,
} from '@sixstep/db';
import type { Actor } from '../../actor';
import { badInput, isUniqueViolation, notFound } from '../../errors';
import type {
  AssignmentCreateInput,
  AssignmentEndInput,
  AssignmentUpdateInput,
  ExerciseChoice,
  ProgramTargetOverrides,
} from '../../schemas/assignments';
import { recordAudit } from '../audit/record-audit';
import { currentAssignmentFirst } from './current-assignment-order';
import { getUtcToday } from '../../infra/calendar';
import { requireOwnClient } from '../clients/client-profile';
import { getProgram } from '../programs/programs';
import { listTargetAdjustments } from './list-target-adjustments';
import { selectTargetVersions } from './select-target-versions';

type AssignmentRow = typeof assignments.$inferSelect;
type Profile = typeof clientProfiles.$inferSelect;

/** An assignment as the API returns it: the row, its template's name and its last counted day. */
export function toAssignmentView(row: AssignmentRow, programName: string) {
  return { ...row, programName, endDate: assignmentEndDate(row) };
}
export type AssignmentView = ReturnType<typeof toAssignmentView>;

const activeConflict = (startDate: string) =>
  new TRPCError({
    code: 'CONFLICT',
    message: `This client already has an active assignment (started ${startDate}); end it before assigning a new one`,
  });

/** Template (or current) targets with the coach's per-step changes, checked as a whole. */
function withOverrides(
  base: ProgramTargets,
  overrides: ProgramTargetOverrides | undefined,
): ProgramTargets {
  if (!overrides) return base;
  const merged = {
    strength: { ...base.strength, ...overrides.strength },
    cardio: { ...base.cardio, ...overrides.cardio },
    hiit: { ...base.hiit, ...overrides.hiit },
    food: { ...base.food, ...overrides.food },
    treats: { ...base.treats, ...overrides.treats },
  };
  const checked = programTargetsSchema.safeParse(merged);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw badInput(['targets', 'program', ...issue.path].join('.'), issue.message);
  }
  return checked.data;
}

/**
 * The chosen exercises with their catalog names. Each must be a strength exercise of the
 * catalog; an archived one is accepted only when it is already in the assignment (`kept`),
 * whose snapshot name then stays.
 */
async function resolveChoices(
  tx: Queryable,
  choices: ExerciseChoice[],
  kept: PrescribedExercise[] = [],
): Promise<PrescribedExercise[]> {
  const rows = await tx
    .select({
      id: exercises.id,
      name: exercises.name,
      category: exercises.category,
      archivedAt: exercises.archivedAt,
    })
    .from(exercises)
    .where(
      inArray(
        exercises.id,
        choices.map((c) => c.exerciseId),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const keptById = new Map(kept.map((e) => [e.exerciseId, e]));
  return choices.map((choice, i) => {
    const field = `targets.exercises.${i}.exerciseId`;
    const row = byId.get(choice.exerciseId);
    if (!row) throw badInput(field, 'No such exercise in the catalog');
    if (row.category !== 'strength')
      throw badInput(field, `${row.name} is not a strength exercise`);
    const previous = keptById.get(row.id);
    if (row.archivedAt && !previous)
      throw badInput(field, `${row.name} is archived; choose another exercise`);
    return {
      exerciseId: row.id,
      name: previous?.name ?? row.name,
      sets: choice.sets,
      reps: choice.reps,
      loadKg: choice.loadKg,
    };
  });
}

/** The coach's target when set (never under the floor), else TDEE − 500 from the profile on the start date. */
function calorieTargets(
  profile: Profile,
  startDate: string,
  requestedKcal: number | undefined,
): CalorieTargets {
  const floorKcal = calorieFloor(profile.sex);
  if (requestedKcal !== undefined) {
    const problem = validateCalorieTarget(requestedKcal, profile.sex);
    if (problem) throw badInput('targets.calories.targetKcal', problem);
    return { targetKcal: requestedKcal, floorKcal };
  }
  const computed = calorieTargetFor({
    sex: profile.sex,
    weightKg: profile.startWeightKg,
    heightCm: profile.heightCm,
    ageYears: ageOn(profile.birthDate, startDate),
    activityLevel: profile.activityLevel,
  });
  return { targetKcal: computed.targetKcal, floorKcal: computed.floorKcal };
}

/** The snapshot as stored, checked against the domain's schema (error paths under `targets`). */
function snapshot(targets: AssignmentTargets): AssignmentTargets {
  const checked = assignmentTargetsSchema.safeParse(targets);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const hint = issue.path[0] === 'calories' ? ' (set a calorie target by hand)' : '';
    throw badInput(['targets', ...issue.path].join('.'), issue.message + hint);
  }
  return checked.data;
}

function checkStartDate(profile: Profile, startDate: string) {
  if (startDate < profile.birthDate)
    throw badInput('startDate', 'The start date is before the client was born');
}

/** Personalises a template for one of the coach's clients and freezes it as the assignment's snapshot. */
export async function createAssignment(
  db: Db,
  coach: Actor,
  input: AssignmentCreateInput,
  now: Date,
): Promise<AssignmentView> {
  return db.transaction(async (tx) => {
    const profile = await requireOwnClient(tx, coach.id, input.clientId);
    checkStartDate(profile, input.startDate);
    const program = await getProgram(tx, coach, input.programId);
    const [active] = await tx
      .select({ startDate: assignments.startDate })
      .from(assignments)
      .where(and(eq(assignments.clientId, input.clientId), eq(assignments.status, 'active')));
    if (active) throw activeConflict(active.startDate);

    const programTargets = withOverrides(program.targets, input.targets?.program);
    const chosen = input.targets?.exercises
      ? await resolveChoices(tx, input.targets.exercises)
      : defaultPrescription(
          programTargets.strength,
          program.defaultExercises.map((e) => ({ ...e, archived: e.archivedAt !== null })),
        );
    if (chosen.length === 0)
      throw badInput('targets.exercises', 'The template suggests no exercise; choose at least one');
    const targets = snapshot({
      program: programTargets,
      calories: calorieTargets(profile, input.startDate, input.targets?.calories?.targetKcal),
      exercises: chosen,
    });

    let created: AssignmentRow;
    try {
      [created] = (await tx
        .insert(assignments)
        .values({
          clientId: profile.userId,
          coachId: coach.id,
          programId: program.id,
          startDate: input.startDate,
          weeks: input.weeks,
          targets,
          checkinWeekday: input.checkinWeekday ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .returning()) as [AssignmentRow];
    } catch (error) {
      // Two coaches' tabs assigning at once: the partial unique index keeps one active assignment.
      if (isUniqueViolation(error, 'assignments_one_active_key'))
        throw activeConflict(input.startDate);
      throw error;
    }
    await tx.insert(assignmentTargetVersions).values({
      assignmentId: created.id,
      effectiveFrom: created.startDate,
      targets,
      changedBy: coach.id,
      createdAt: now,
    });
    await recordAudit(
      tx,
      {
        actorId: coach.id,
        action: 'assignment.created',
        entity: 'assignment',
        entityId: created.id,
        details: {
          clientId: created.clientId,
          programId: program.id,
          startDate: created.startDate,
          weeks: created.weeks,
        },
      },
      now,
    );
    return toAssignmentView(created, program.name);
  });
}

/** An assignment of one of the coach's current clients, locked for a change; NOT_FOUND otherwise. */
async function ownAssignmentForUpdate(tx: Queryable, coachId: string, id: string) {
  const [found] = await tx
    .select({ assignment: assignments, profile: clientProfiles, programName: programs.name })
    .from(assignments)
    .innerJoin(clientProfiles, eq(clientProfiles.userId, assignments.clientId))
    .innerJoin(programs, eq(programs.id, assignments.programId))
    .where(and(eq(assignments.id, id), eq(clientProfiles.coachId, coachId)))
    .for('update', { of: assignments });
  if (!found) throw notFound('Assignment');
  return found;
}

const endedConflict = () =>
  new TRPCError({
    code: 'CONFLICT',
    message: 'This assignment has ended; assign a new program instead',
  });

/**
 * Stores new targets as a version in effect from `effectiveFrom` (never before the start: an
 * assignment that has not started yet simply gets new first targets). An assignment from
 * before versions were kept gets its original targets as the first version. A version may not
 * begin before one already planned: the history stays in date order, latest last.
 */
async function addTargetVersion(
  tx: Queryable,
  assignment: AssignmentRow,
  startDate: IsoDate,
  effectiveFrom: IsoDate,
  targets: AssignmentTargets,
  coachId: string,
  now: Date,
) {
  const from = maxDate(effectiveFrom, startDate);
  const stored = await tx
    .select({ effectiveFrom: assignmentTargetVersions.effectiveFrom })
    .from(assignmentTargetVersions)
    .where(eq(assignmentTargetVersions.assignmentId, assignment.id))
    .orderBy(desc(assignmentTargetVersions.effectiveFrom));
  if (stored.length === 0)
    await tx.insert(assignmentTargetVersions).values({
      assignmentId: assignment.id,
      effectiveFrom: assignment.startDate,
      targets: assignment.targets,
      changedBy: assignment.coachId,
      createdAt: assignment.createdAt,
    });
  const planned = stored[0]?.effectiveFrom;
  if (planned !== undefined && planned > from)
    throw badInput(
      'effectiveFrom',
      `A change is already planned from ${planned}; choose that day or a later one`,
    );
  await tx
    .insert(assignmentTargetVersions)
    .values({
      assignmentId: assignment.id,
      effectiveFrom: from,
      targets,
      changedBy: coachId,
      createdAt: now,
    })
    .onConflictDoUpdate({
      target: [assignmentTargetVersions.assignmentId, assignmentTargetVersions.effectiveFrom],
      set: { targets, changedBy: coachId, createdAt: now },
    });
  return from;
}

/**
 * Adjusts a running assignment: only what is sent changes, and the result is checked like a new
 * one (calorie floor, exercises). Program overrides apply to the current (latest) targets, not to
 * the template, which may have changed since. New targets take effect from `effectiveFrom`
 * (default today; never a past day), so the days before keep being scored as they were.
 */
export async function updateAssignment(
  db: Db,
  coach: Actor,
  input: AssignmentUpdateInput,
  now: Date,
): Promise<AssignmentView> {
  return db.transaction(async (tx) => {
    const {
      assignment: current,
      profile,
      programName,
    } = await ownAssignmentForUpdate(tx, coach.id, input.id);
    if (current.status === 'ended') throw endedConflict();
    const today = getUtcToday(now);
    if (input.effectiveFrom !== undefined && input.effectiveFrom < today)
      throw badInput(
        'effectiveFrom',
        'Target changes take effect from today or a later day; past days keep their targets',
      );
    const startDate = input.startDate ?? current.startDate;
    checkStartDate(profile, startDate);
    const requested = input.targets;
    const targets = !requested
      ? current.targets
      : snapshot({
          program: withOverrides(current.targets.program, requested?.program),
          calories: calorieTargets(
            profile,
            startDate,
            requested?.calories?.targetKcal ?? current.targets.calories.targetKcal,
          ),
          exercises: requested?.exercises
            ? await resolveChoices(tx, requested.exercises, current.targets.exercises)
            : current.targets.exercises,
        });
    // Targets sent unchanged (a form saving the start or length) make no new version.
    const changes = requested ? targetChanges(current.targets, targets) : [];
    const effectiveFrom = changes.length
      ? await addTargetVersion(
          tx,
          current,
          startDate,
          input.effectiveFrom ?? today,
          targets,
          coach.id,
          now,
        )
      : null;
    const [updated] = (await tx
      .update(assignments)
      .set({
        startDate,
        weeks: input.weeks ?? current.weeks,
        targets,
        checkinWeekday:
          input.checkinWeekday === undefined ? current.checkinWeekday : input.checkinWeekday,
        updatedAt: now,
      })
      .where(eq(assignments.id, current.id))
      .returning()) as [AssignmentRow];
    const fields = [
      ...(['startDate', 'weeks', 'checkinWeekday'] as const).filter((f) => input[f] !== undefined),
      ...Object.keys(requested ?? {}).map((k) => `targets.${k}`),
    ];
    await recordAudit(
      tx,
      {
        actorId: coach.id,
        action: 'assignment.updated',
        entity: 'assignment',
        entityId: current.id,
        // `changes`: each changed field with its before and after value, for a readable history.
        details: {
          clientId: current.clientId,
          fields,
          ...(effectiveFrom && { effectiveFrom }),
          changes: [
            ...(['startDate', 'weeks'] as const)
              .filter((f) => input[f] !== undefined && input[f] !== current[f])
              .map((f) => ({ field: f, before: current[f], after: input[f]! })),
            ...changes,
          ],
        },
      },
      now,
    );
    return toAssignmentView(updated, programName);
  });
}

/**
 * Ends a running assignment. `endedOn` (default today) is the last day that counts; it may not
 * lie after the coach's today (a day ahead of UTC at most) or before the start. Ending one that
 * has not started yet (default only) stores the day before its start, so none of it counts.
 */
export async function endAssignment(
  db: Db,
  coach: Actor,
  input: AssignmentEndInput,
  now: Date,
): Promise<AssignmentView> {
  return db.transaction(async (tx) => {
    const { assignment: current, programName } = await ownAssignmentForUpdate(
      tx,
      coach.id,
      input.id,
    );
    if (current.status === 'ended') throw endedConflict();
    const today = getUtcToday(now);
    const endedOn = input.endedOn ?? defaultEndDate(current.startDate, today);
    const problem = endDateProblem(endedOn, current.startDate, today);
    if (problem) throw badInput('endedOn', problem);
    const [ended] = (await tx
      .update(assignments)
      .set({ status: 'ended', endedOn, updatedAt: now })
      .where(eq(assignments.id, current.id))
      .returning()) as [AssignmentRow];
    await recordAudit(
      tx,
      {
        actorId: coach.id,
        action: 'assignment.ended',
        entity: 'assignment',
        entityId: current.id,
        details: { clientId: current.clientId, endedOn },
      },
      now,
    );
    return toAssignmentView(ended, programName);
  });
}

/**
 * The assignment adherence and the coach look at: the active one, else the most recent one.
 * Null when the client never had one.
 */
export async function findCurrentAssignment(
  db: Queryable,
  clientId: string,
): Promise<AssignmentView | null> {
  const [found] = await db
    .select({ assignment: assignments, programName: programs.name })
    .from(assignments)
    .innerJoin(programs, eq(programs.id, assignments.programId))
    .where(eq(assignments.clientId, clientId))
    .orderBy(...currentAssignmentFirst)
    .limit(1);
  return found ? toAssignmentView(found.assignment, found.programName) : null;
}

/**
 * For the coach's client page: the client's current assignment (see `findCurrentAssignment`) with
 * the targets in effect today (a change planned for a later day is not yet), and its target
 * adjustments (when, what, by whom), oldest first.
 */
export async function getCurrentAssignmentOfClient(
  db: Db,
  coach: Actor,
  clientId: string,
  now: Date,
) {
  await requireOwnClient(db, coach.id, clientId);
  const assignment = await findCurrentAssignment(db, clientId);
  if (!assignment) return null;
  const [versions, adjustments] = await Promise.all([
    selectTargetVersions(db, assignment),
    listTargetAdjustments(db, assignment.id),
  ]);
  return {
    ...assignment,
    targets: targetsOn(versions, getUtcToday(now)),
    adjustments,
  };
}
