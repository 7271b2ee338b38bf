import { and, eq, inArray } from 'drizzle-orm';
import {
  addDays,
  ageOn,
  calorieTargetFor,
  DEFAULT_PROGRAM_TARGETS,
  type AssignmentTargets,
} from '@sixstep/domain';
import type { Queryable } from '../client';
import { assignments, exercises } from '../schema';
import type { DemoClient } from './people';

export const DEMO_ASSIGNMENT_WEEKS = 12;

export interface SeededAssignment {
  id: string;
  clientId: string;
  startDate: string;
  weeks: number;
  targets: AssignmentTargets;
}

/** The personalised snapshot a coach would make: default targets, the client's calories, the chosen exercises. */
function targetsFor(
  client: DemoClient,
  startDate: string,
  exerciseIds: Map<string, string>,
  names: Map<string, string>,
): AssignmentTargets {
  const { sex, birthDate, heightCm, startWeightKg, activityLevel } = client.profile;
  const calories = calorieTargetFor({
    sex,
    weightKg: startWeightKg,
    heightCm,
    ageYears: ageOn(birthDate, startDate),
    activityLevel,
  });
  return {
    program: DEFAULT_PROGRAM_TARGETS,
    calories: { targetKcal: calories.targetKcal, floorKcal: calories.floorKcal },
    exercises: client.strength.map(({ slug, loadKg }) => ({
      exerciseId: exerciseIds.get(slug)!,
      name: names.get(slug)!,
      sets: DEFAULT_PROGRAM_TARGETS.strength.setsPerExercise,
      reps: DEFAULT_PROGRAM_TARGETS.strength.repsPerSet,
      loadKg,
    })),
  };
}

/**
 * Gives each demo client who has never had an assignment an active one of the system template,
 * started `startDaysAgo` before today. Returns the active assignments of the demo clients, new or
 * older (a re-run keeps the first run's start dates, so logs stay aligned with them).
 */
export async function seedAssignments(
  tx: Queryable,
  {
    clients,
    userIds,
    exerciseIds,
    programId,
    today,
  }: {
    clients: readonly DemoClient[];
    userIds: Map<string, string>;
    exerciseIds: Map<string, string>;
    programId: string;
    today: string;
  },
): Promise<{ active: Map<string, SeededAssignment>; created: number }> {
  const clientIds = clients.map((c) => userIds.get(c.email)!);
  const withHistory = new Set(
    (
      await tx
        .selectDistinct({ clientId: assignments.clientId })
        .from(assignments)
        .where(inArray(assignments.clientId, clientIds))
    ).map((row) => row.clientId),
  );
  const names = new Map(
    (
      await tx
        .select({ slug: exercises.slug, name: exercises.name })
        .from(exercises)
        .where(inArray(exercises.id, [...exerciseIds.values()]))
    ).map((row) => [row.slug, row.name]),
  );
  const rows = clients
    .filter((c) => !withHistory.has(userIds.get(c.email)!))
    .map((c) => {
      const startDate = addDays(today, -c.startDaysAgo);
      return {
        clientId: userIds.get(c.email)!,
        coachId: userIds.get(c.coachEmail)!,
        programId,
        startDate,
        weeks: DEMO_ASSIGNMENT_WEEKS,
        status: 'active' as const,
        targets: targetsFor(c, startDate, exerciseIds, names),
      };
    });
  const created =
    rows.length > 0
      ? (
          await tx
            .insert(assignments)
            .values(rows)
            .onConflictDoNothing()
            .returning({ id: assignments.id })
        ).length
      : 0;

  const active = await tx
    .select({
      id: assignments.id,
      clientId: assignments.clientId,
      startDate: assignments.startDate,
      weeks: assignments.weeks,
      targets: assignments.targets,
    })
    .from(assignments)
    .where(and(inArray(assignments.clientId, clientIds), eq(assignments.status, 'active')));
  return { active: new Map(active.map((a) => [a.clientId, a])), created };
}
