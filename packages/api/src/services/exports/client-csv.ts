import { asc, eq } from 'drizzle-orm';
import { minDate, STEP_IDS, toWorkoutFact, weeklyAdherence, type StepId } from '@sixstep/domain';
import {
  assignments,
  dayLogs,
  exercises,
  programs,
  users,
  workoutLogs,
  type Db,
  type WorkoutSet,
} from '@sixstep/db';
import type { Actor } from '../../actor';
import { toAssignmentView } from '../assignments/assignments';
import { getUtcToday } from '../../infra/calendar';
import { requireOwnClient } from '../clients/client-profile';
import {
  slugifyFileName,
  toCsv,
  type CsvCell,
  type CsvColumn,
  type DownloadFile,
} from '../../infra/csv';
import { selectDayLogsBetween, selectWorkoutsBetween } from '../logs/logs';
import { selectTargetVersions } from '../assignments/select-target-versions';

/**
 * A coach's downloads about one of their own clients (others' clients: NOT_FOUND).
 *
 * The logs file is one table, one row per logged day or workout, sorted by date: a coach can
 * sort and filter it in a spreadsheet (kind = day for food and weight, strength / cardio / hiit
 * for training), which two stacked sections would break. Columns that do not apply to a row's
 * kind stay empty. Masses in kg, durations in minutes, energy in kcal (the unit the program
 * counts in), whatever unit the coach or client views the app in.
 */
const LOG_COLUMNS = [
  { key: 'date', header: 'date' },
  { key: 'kind', header: 'kind' },
  { key: 'calories', header: 'calories (kcal)' },
  { key: 'meals', header: 'meals' },
  { key: 'proteinMeals', header: 'meals with protein' },
  { key: 'fatServings', header: 'fat servings' },
  { key: 'vegServings', header: 'vegetable servings' },
  { key: 'treats', header: 'treats' },
  { key: 'plannedTreats', header: 'planned treats' },
  { key: 'weightKg', header: 'body weight (kg)' },
  { key: 'exercise', header: 'exercise' },
  { key: 'sets', header: 'sets' },
  { key: 'reps', header: 'reps (total)' },
  { key: 'setDetail', header: 'sets (reps x load kg)' },
  { key: 'heaviestKg', header: 'heaviest load (kg)' },
  { key: 'minutes', header: 'duration (min)' },
  { key: 'activity', header: 'activity' },
  { key: 'intervals', header: 'intervals' },
  { key: 'note', header: 'note' },
] as const satisfies ReadonlyArray<CsvColumn<string>>;

type LogRecord = Partial<Record<(typeof LOG_COLUMNS)[number]['key'], CsvCell>>;

/** "12x16; 10x18; 15": a set without a load (body weight) shows its reps only. */
const describeSets = (sets: WorkoutSet[]) =>
  sets.map((s) => (s.loadKg === null ? `${s.reps}` : `${s.reps}x${s.loadKg}`)).join('; ');

function heaviestLoad(sets: WorkoutSet[]): number | null {
  const loads = sets.flatMap((s) => (s.loadKg === null ? [] : [s.loadKg]));
  return loads.length ? Math.max(...loads) : null;
}

async function clientName(db: Db, clientId: string): Promise<string> {
  const [user] = await db.select({ name: users.name }).from(users).where(eq(users.id, clientId));
  return user!.name;
}

/** Every day log and workout of the coach's own client. */
export async function exportClientLogsCsv(
  db: Db,
  coach: Actor,
  clientId: string,
  now: Date,
): Promise<DownloadFile> {
  await requireOwnClient(db, coach.id, clientId);
  const [name, days, workouts] = await Promise.all([
    clientName(db, clientId),
    db.select().from(dayLogs).where(eq(dayLogs.clientId, clientId)).orderBy(asc(dayLogs.date)),
    db
      .select({ workout: workoutLogs, exerciseName: exercises.name })
      .from(workoutLogs)
      .leftJoin(exercises, eq(exercises.id, workoutLogs.exerciseId))
      .where(eq(workoutLogs.clientId, clientId))
      .orderBy(asc(workoutLogs.date), asc(workoutLogs.createdAt), asc(workoutLogs.id)),
  ]);

  const dayRecords = days.map((d): LogRecord => ({
    date: d.date,
    kind: 'day',
    calories: d.calories,
    meals: d.meals,
    proteinMeals: d.proteinMeals,
    fatServings: d.fatServings,
    vegServings: d.vegServings,
    treats: d.treats,
    plannedTreats: d.plannedTreats,
    weightKg: d.weightKg,
    note: d.note,
  }));
  const workoutRecords = workouts.map(({ workout: w, exerciseName }): LogRecord => ({
    date: w.date,
    kind: w.kind,
    exercise: exerciseName,
    ...(w.sets.length > 0 && {
      sets: w.sets.length,
      reps: w.sets.reduce((sum, s) => sum + s.reps, 0),
      setDetail: describeSets(w.sets),
      heaviestKg: heaviestLoad(w.sets),
    }),
    minutes: w.minutes,
    activity: w.activity,
    intervals: w.intervals,
  }));
  // Per date: the day's own log first, then its workouts in the order they were logged (a stable sort keeps that order).
  const records = [...dayRecords, ...workoutRecords].sort((a, b) =>
    String(a.date).localeCompare(String(b.date)),
  );
  return {
    filename: `sixstep-logs-${slugifyFileName(name)}-${getUtcToday(now)}.csv`,
    contentType: 'text/csv',
    body: toCsv(LOG_COLUMNS, records),
  };
}

/** Scores as percentages (0-100, one decimal); empty while no day of the week has counted. */
const ADHERENCE_COLUMNS = [
  { key: 'assignment', header: 'assignment' },
  { key: 'program', header: 'program' },
  { key: 'assignmentStart', header: 'assignment start' },
  { key: 'week', header: 'week' },
  { key: 'weekStart', header: 'week start' },
  { key: 'weekEnd', header: 'week end' },
  { key: 'daysCounted', header: 'days counted' },
  ...STEP_IDS.map((step) => ({ key: step, header: `${step} (%)` })),
  { key: 'overall', header: 'overall (%)' },
] satisfies ReadonlyArray<CsvColumn<string>>;

const percent = (score: number | null) => (score === null ? null : Math.round(score * 1000) / 10);

/** Weekly adherence per step for every assignment of the coach's own client, oldest first. */
export async function exportClientAdherenceCsv(
  db: Db,
  coach: Actor,
  clientId: string,
  now: Date,
): Promise<DownloadFile> {
  await requireOwnClient(db, coach.id, clientId);
  const [name, history] = await Promise.all([
    clientName(db, clientId),
    weeklyAdherenceHistory(db, clientId, now),
  ]);
  const records = history.flatMap(({ assignment, weeks }) =>
    weeks.map((week) => ({
      assignment: assignment.id,
      program: assignment.programName,
      assignmentStart: assignment.startDate,
      week: week.week,
      weekStart: week.startDate,
      weekEnd: week.endDate,
      daysCounted: week.counts.countedDays,
      ...(Object.fromEntries(STEP_IDS.map((step) => [step, percent(week.scores[step])])) as Record<
        StepId,
        number | null
      >),
      overall: percent(week.scores.overall),
    })),
  );
  return {
    filename: `sixstep-adherence-${slugifyFileName(name)}-${getUtcToday(now)}.csv`,
    contentType: 'text/csv',
    body: toCsv(ADHERENCE_COLUMNS, records),
  };
}

/**
 * Every assignment of the client, oldest first, with its weeks scored as the adherence service
 * scores them: the same fact loaders, the domain's `weeklyAdherence`, the same UTC "today".
 */
async function weeklyAdherenceHistory(db: Db, clientId: string, now: Date) {
  const today = getUtcToday(now);
  const rows = await db
    .select({ assignment: assignments, programName: programs.name })
    .from(assignments)
    .innerJoin(programs, eq(programs.id, assignments.programId))
    .where(eq(assignments.clientId, clientId))
    .orderBy(asc(assignments.startDate), asc(assignments.createdAt));
  return Promise.all(
    rows.map(async (row) => {
      const assignment = toAssignmentView(row.assignment, row.programName);
      const factsTo = minDate(assignment.endDate, today);
      const [days, workouts, targetVersions] = await Promise.all([
        selectDayLogsBetween(db, clientId, assignment.startDate, factsTo),
        selectWorkoutsBetween(db, clientId, assignment.startDate, factsTo),
        selectTargetVersions(db, assignment),
      ]);
      return {
        assignment,
        weeks: weeklyAdherence({
          assignment: { ...assignment, targetVersions },
          days,
          workouts: workouts.map(toWorkoutFact),
          today,
        }),
      };
    }),
  );
}
