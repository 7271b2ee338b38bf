import { and, asc, between, desc, eq, inArray, lte, or } from 'drizzle-orm';
import {
  assignmentEndDate,
  assignmentWeekOf,
  computeAdherence,
  eachDay,
  isCalorieDay,
  isCardioDay,
  isFoodDay,
  isHiitDay,
  isStrengthSession,
  minDate,
  strengthSessionsOf,
  suggestNextRung,
  glanceAtDay,
  targetsOn,
  treatsThisWeek,
  toWorkoutFact,
  type IsoDate,
} from '@sixstep/domain';
import {
  assignments,
  exercises,
  programs,
  workoutLogs,
  type Db,
  type Queryable,
} from '@sixstep/db';
import type { Actor } from '../../actor';
import type { PlanInput } from '../../schemas/plan';
import { toAssignmentView, type AssignmentView } from '../assignments/assignments';
import { selectTargetVersions } from '../assignments/select-target-versions';
import { resolveClientToday } from '../../infra/calendar';
import { selectDayLogsBetween, selectWorkoutsBetween } from '../logs/logs';

/**
 * The client's assignment whose counted days include `date` (an ended one too, for past days),
 * with the targets in effect on that date and its target history; null when none.
 */
async function findAssignmentOn(db: Queryable, clientId: string, date: IsoDate) {
  const [latest] = await db
    .select({ assignment: assignments, programName: programs.name })
    .from(assignments)
    .innerJoin(programs, eq(programs.id, assignments.programId))
    .where(and(eq(assignments.clientId, clientId), lte(assignments.startDate, date)))
    .orderBy(desc(assignments.startDate), desc(assignments.createdAt))
    .limit(1);
  if (!latest || assignmentEndDate(latest.assignment) < date) return null;
  const view = toAssignmentView(latest.assignment, latest.programName);
  const targetVersions = await selectTargetVersions(db, view);
  return { ...view, targets: targetsOn(targetVersions, date), targetVersions };
}

function summary(assignment: AssignmentView) {
  const { id, programId, programName, startDate, weeks, endDate, endedOn, status } = assignment;
  return { id, programId, programName, startDate, weeks, endDate, endedOn, status };
}

type Rung = { id: string; name: string };

/**
 * Catalog facts for the prescribed exercises, in one query: the exercise itself, its harder rung
 * (its progression link) and its easier rung (an exercise linking to it). Archived rungs are
 * never offered.
 */
async function catalogFacts(db: Queryable, ids: string[]) {
  const harderIds = db
    .select({ id: exercises.progressionId })
    .from(exercises)
    .where(inArray(exercises.id, ids));
  const rows = await db
    .select({
      id: exercises.id,
      name: exercises.name,
      instructions: exercises.instructions,
      mediaUrl: exercises.mediaUrl,
      muscles: exercises.muscles,
      equipment: exercises.equipment,
      progressionId: exercises.progressionId,
      archivedAt: exercises.archivedAt,
    })
    .from(exercises)
    .where(
      or(
        inArray(exercises.id, ids),
        inArray(exercises.progressionId, ids),
        inArray(exercises.id, harderIds),
      ),
    )
    .orderBy(asc(exercises.difficulty), asc(exercises.name));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const live = (row: (typeof rows)[number] | undefined): Rung | null =>
    row && !row.archivedAt ? { id: row.id, name: row.name } : null;
  return (id: string) => {
    const row = byId.get(id);
    return {
      row,
      harder: live(row?.progressionId ? byId.get(row.progressionId) : undefined),
      // The hardest of the rungs below, when several lead here.
      easier: live(rows.filter((r) => r.progressionId === id && !r.archivedAt).at(-1)),
    };
  };
}

/**
 * What the client should do on `date` and what they logged: the prescription from the
 * assignment's snapshot (names as assigned, instructions as the catalog has them now), the
 * easier and harder rungs with a suggestion to move up, each step's targets, the treats left in
 * this assignment week, and the day's log and workouts. `plan` is null when no assignment covers the date.
 */
export async function getPlanForDay(db: Db, client: Actor, input: PlanInput, now: Date) {
  const today = resolveClientToday(input.today, now);
  const date = input.date ?? today;
  const assignment = await findAssignmentOn(db, client.id, date);
  if (!assignment) {
    const [days, workouts] = await Promise.all([
      selectDayLogsBetween(db, client.id, date, date),
      selectWorkoutsBetween(db, client.id, date, date),
    ]);
    return { date, today, plan: null, logged: { day: days[0] ?? null, workouts } };
  }

  const { targets } = assignment;
  const week = assignmentWeekOf(assignment.startDate, date);
  const prescribedIds = targets.exercises.map((e) => e.exerciseId);
  const [facts, weekDays, dayWorkouts, strengthHistory, weekWorkouts] = await Promise.all([
    catalogFacts(db, prescribedIds),
    selectDayLogsBetween(db, client.id, week.startDate, week.endDate),
    selectWorkoutsBetween(db, client.id, date, date),
    db
      .select({
        date: workoutLogs.date,
        exerciseId: workoutLogs.exerciseId,
        sets: workoutLogs.sets,
      })
      .from(workoutLogs)
      .where(
        and(
          eq(workoutLogs.clientId, client.id),
          eq(workoutLogs.kind, 'strength'),
          inArray(workoutLogs.exerciseId, prescribedIds),
          // Only this assignment's sessions say whether its prescription is mastered.
          between(workoutLogs.date, assignment.startDate, date),
        ),
      ),
    selectWorkoutsBetween(db, client.id, week.startDate, date),
  ]);

  const exercisesToday = targets.exercises.map((prescribed) => {
    const { row, harder, easier } = facts(prescribed.exerciseId);
    const suggestedId = suggestNextRung({
      prescription: { sets: prescribed.sets, reps: prescribed.reps },
      sessions: strengthSessionsOf(strengthHistory, prescribed.exerciseId),
      harderExerciseId: harder?.id ?? null,
    });
    return {
      ...prescribed,
      instructions: row?.instructions ?? '',
      mediaUrl: row?.mediaUrl ?? null,
      muscles: row?.muscles ?? [],
      equipment: row?.equipment ?? [],
      archived: !row || row.archivedAt !== null,
      easier,
      harder,
      suggestion: suggestedId ? harder : null,
      loggedSets: dayWorkouts
        .filter((w) => w.exerciseId === prescribed.exerciseId)
        .flatMap((w) => w.sets),
    };
  });

  return {
    date,
    today,
    plan: {
      assignment: {
        ...summary(assignment),
        week: week.week,
        weekStartDate: week.startDate,
        weekEndDate: minDate(week.endDate, assignment.endDate),
      },
      strength: { ...targets.program.strength, exercises: exercisesToday },
      cardio: targets.program.cardio,
      hiit: targets.program.hiit,
      calories: targets.calories,
      food: targets.program.food,
      treats: treatsThisWeek(targets.program.treats.allowancePerWeek, weekDays),
      /** The day and its week so far in numbers, and the one next thing to do. */
      glance: glanceAtDay({
        date,
        weekStart: week.startDate,
        targets,
        days: weekDays,
        workouts: weekWorkouts.map(toWorkoutFact),
      }),
    },
    logged: { day: weekDays.find((d) => d.date === date) ?? null, workouts: dayWorkouts },
  };
}

/**
 * The assignment week containing `date`, day by day: what was logged and which steps each day
 * met (the domain's own tests), plus the week's scores so far. Days outside the assignment or
 * after today are marked as not counted. `week` is null when no assignment covers the date.
 */
export async function getPlanForWeek(db: Db, client: Actor, input: PlanInput, now: Date) {
  const today = resolveClientToday(input.today, now);
  const date = input.date ?? today;
  const assignment = await findAssignmentOn(db, client.id, date);
  if (!assignment) return { date, today, week: null };

  const { targets } = assignment;
  const bounds = assignmentWeekOf(assignment.startDate, date);
  const [days, workouts] = await Promise.all([
    selectDayLogsBetween(db, client.id, bounds.startDate, bounds.endDate),
    selectWorkoutsBetween(db, client.id, bounds.startDate, bounds.endDate),
  ]);
  const facts = workouts.map(toWorkoutFact);

  // Each day is judged by the targets in effect on it.
  const dayByDay = eachDay(bounds.startDate, bounds.endDate).map((day) => {
    const dayLog = days.find((d) => d.date === day);
    const dayFacts = facts.filter((w) => w.date === day);
    const dayTargets = targetsOn(assignment.targetVersions, day);
    const assigned = new Set(dayTargets.exercises.map((e) => e.exerciseId));
    const { program, calories } = dayTargets;
    return {
      date: day,
      counted: day <= assignment.endDate && day <= today,
      met: {
        strength: isStrengthSession(dayFacts, assigned),
        cardio: isCardioDay(dayFacts, program.cardio.minutesPerSession),
        hiit: isHiitDay(dayFacts, program.hiit.minMinutes),
        calories: isCalorieDay(dayLog, calories),
        food: isFoodDay(dayLog, program.food),
      },
      treats: dayLog?.treats ?? null,
      day: dayLog ?? null,
      workouts: workouts.filter((w) => w.date === day),
    };
  });

  const adherence = computeAdherence({
    assignment,
    days,
    workouts: facts,
    from: bounds.startDate,
    to: bounds.endDate,
    today,
  });
  return {
    date,
    today,
    week: {
      assignment: summary(assignment),
      week: bounds.week,
      startDate: bounds.startDate,
      endDate: bounds.endDate,
      targets,
      days: dayByDay,
      ...adherence,
    },
  };
}
