import {
  addDays,
  ageOn,
  calorieTargetFor,
  daysBetween,
  eachDay,
  expectedWeeklyLossKg,
  minDate,
} from '@sixstep/domain';
import type { Queryable } from '../client';
import { dayLogs, workoutLogs } from '../schema';
import type { SeededAssignment } from './assignments';
import { CATALOG } from './catalog';
import type { DemoClient, Pattern } from './people';
import { randomFor, type Random } from './random';

type DayLogRow = typeof dayLogs.$inferInsert;
type WorkoutLogRow = typeof workoutLogs.$inferInsert;

/** Chances that drive one day of a client's logs. */
interface Behaviour {
  /** Logs anything at all that day. */
  log: number;
  /** Does a scheduled workout. */
  session: number;
  /** Intake within [floor, target]. */
  onTarget: number;
  /** Intake under the floor. */
  underFloor: number;
  /** Every meal with protein, enough fat and vegetable servings. */
  food: number;
  /** Has a treat. */
  treat: number;
  /** A treat was planned. */
  planned: number;
  /** Steps on the scale. */
  weigh: number;
}

const STEADY: Behaviour = {
  log: 0.94,
  session: 0.88,
  onTarget: 0.82,
  underFloor: 0.02,
  food: 0.8,
  treat: 0.2,
  planned: 0.75,
  weigh: 0.5,
};
const EXCELLENT: Behaviour = {
  log: 0.97,
  session: 0.94,
  onTarget: 0.9,
  underFloor: 0,
  food: 0.9,
  treat: 0.17,
  planned: 0.9,
  weigh: 0.8,
};
const LAPSED: Behaviour = {
  log: 0.7,
  session: 0.25,
  onTarget: 0.3,
  underFloor: 0.02,
  food: 0.3,
  treat: 0.55,
  planned: 0.2,
  weigh: 0.15,
};
const NOTHING: Behaviour = { ...LAPSED, log: 0 };
const UNDER_FLOOR: Behaviour = {
  log: 0.9,
  session: 0.78,
  onTarget: 0.3,
  underFloor: 0.55,
  food: 0.55,
  treat: 0.1,
  planned: 0.8,
  weigh: 0.7,
};
const ERRATIC: Behaviour = {
  log: 0.72,
  session: 0.55,
  onTarget: 0.5,
  underFloor: 0.01,
  food: 0.45,
  treat: 0.35,
  planned: 0.4,
  weigh: 0.3,
};

/** The two weeks that slipping clients let go, and the days silent clients have been quiet. */
const SLIP_DAYS = 14;
const SILENT_DAYS = 6;

function behaviourOn(pattern: Pattern, daysAgo: number): Behaviour {
  switch (pattern) {
    case 'excellent':
      return EXCELLENT;
    case 'steady':
      return STEADY;
    case 'slipping':
      return daysAgo < SLIP_DAYS ? LAPSED : EXCELLENT;
    case 'silent':
      return daysAgo < SILENT_DAYS ? NOTHING : STEADY;
    case 'under-floor':
      return UNDER_FLOOR;
    case 'erratic':
      return ERRATIC;
  }
}

/** Share of the deficit's predicted loss that each pattern achieves. */
const WEIGHT_EFFECT: Record<Pattern, number> = {
  excellent: 1,
  steady: 0.85,
  slipping: 0.95,
  silent: 0.7,
  'under-floor': 1.15,
  erratic: 0.35,
};
/** Daily regain of a slipping client once they let go. */
const REGAIN_KG_PER_DAY = 0.03;

// Day of the assignment week (0 = its first day) on which each kind of session is planned.
const STRENGTH_DAYS = new Set([0, 2, 4]);
const CARDIO_DAYS = new Set([1, 3, 5, 6]);
const HIIT_DAYS = new Set([2, 5]);

const NOTES = [
  'Slept badly, so I kept the workout short.',
  'Dinner out with friends; the dessert was planned.',
  'Shoulders felt looser on the rows today.',
  'Long day at work and a late dinner.',
  'Moved up a weight on the rows!',
  'Legs sore from yesterday, took it easy.',
  'Cooked chicken and vegetables for the next three days.',
  'Hungry mid-afternoon; an extra egg at lunch helped.',
];

const activityName = (slug: string) => CATALOG.find((e) => e.slug === slug)?.name ?? slug;

// toFixed drops the binary noise of step multiples (0.1 · 843 = 84.30000000000001).
const roundTo = (value: number, step: number) =>
  Number((Math.round(value / step) * step).toFixed(2));

function dayLog(
  rng: Random,
  b: Behaviour,
  clientId: string,
  date: string,
  calories: SeededAssignment['targets']['calories'],
  weightKg: number | null,
): DayLogRow {
  const meals = rng.pick([2, 3, 3, 3, 4, 4, 5]);
  let proteinMeals = meals;
  let fatServings = rng.int(2, 3);
  let vegServings = rng.int(2, 5);
  if (!rng.chance(b.food)) {
    // Miss the food step in one of its three ways.
    const miss = rng.int(0, 2);
    if (miss === 0) proteinMeals = meals - rng.int(1, Math.min(2, meals));
    else if (miss === 1) fatServings = rng.int(0, 1);
    else vegServings = rng.int(0, 1);
  }

  const roll = rng.next();
  const { floorKcal, targetKcal } = calories;
  const caloriesLogged =
    roll < b.underFloor
      ? floorKcal - rng.int(80, 400)
      : roll < b.underFloor + b.onTarget
        ? rng.int(Math.max(floorKcal, targetKcal - 350), targetKcal)
        : targetKcal + rng.int(60, 650);

  const treats = rng.chance(b.treat) ? (rng.chance(0.15) ? 2 : 1) : 0;
  const plannedTreats = treats > 0 && rng.chance(b.planned) ? treats : 0;
  const note = rng.chance(0.07) ? rng.pick(NOTES) : null;
  const at = new Date(`${date}T20:30:00Z`);
  return {
    clientId,
    date,
    calories: caloriesLogged,
    meals,
    proteinMeals,
    fatServings,
    vegServings,
    treats,
    plannedTreats,
    weightKg,
    note,
    createdAt: at,
    updatedAt: at,
  };
}

interface WorkoutContext {
  rng: Random;
  b: Behaviour;
  clientId: string;
  date: string;
  week: number;
  exerciseIds: Map<string, string>;
}

function workout(
  ctx: WorkoutContext,
  slug: string,
  kind: WorkoutLogRow['kind'],
  fields: Partial<WorkoutLogRow>,
  hour: number,
): WorkoutLogRow {
  return {
    clientId: ctx.clientId,
    date: ctx.date,
    kind,
    exerciseId: ctx.exerciseIds.get(slug)!,
    idempotencyKey: `seed-${ctx.date}-${slug}`,
    createdAt: new Date(`${ctx.date}T${String(hour).padStart(2, '0')}:00:00Z`),
    ...fields,
  };
}

function strengthSession(ctx: WorkoutContext, client: DemoClient): WorkoutLogRow[] {
  const { rng, week } = ctx;
  // Now and then only the first exercises get done.
  const done =
    client.strength.length > 2 && rng.chance(0.12) ? client.strength.slice(0, 2) : client.strength;
  return done.map(({ slug, loadKg }) => {
    const setCount = rng.chance(0.1) ? 2 : 3;
    // Loads creep up about 4 % every two weeks; body-weight reps grow instead.
    const load = loadKg === null ? null : roundTo(loadKg * (1 + 0.04 * Math.floor(week / 2)), 0.5);
    const bodyWeightReps = Math.min(12, 4 + Math.floor(week / 2));
    const sets = Array.from({ length: setCount }, () => ({
      reps:
        load === null
          ? Math.max(1, bodyWeightReps - rng.int(0, 2))
          : 12 - (rng.chance(0.3) ? rng.int(1, 3) : 0),
      loadKg: load,
    }));
    return workout(ctx, slug, 'strength', { sets }, 18);
  });
}

function cardioSession(ctx: WorkoutContext, client: DemoClient): WorkoutLogRow {
  const { rng, b } = ctx;
  const slug = rng.pick(client.cardio);
  const minutes = rng.chance((1 - b.session) * 0.6) ? rng.int(15, 28) : rng.int(30, 50);
  return workout(ctx, slug, 'cardio', { minutes, activity: activityName(slug) }, 7);
}

function hiitSession(ctx: WorkoutContext, client: DemoClient): WorkoutLogRow {
  const { rng } = ctx;
  const minutes = rng.chance(0.85) ? rng.int(15, 20) : rng.int(10, 14);
  const intervals = client.hiit === 'running-intervals' ? rng.int(3, 4) : rng.int(6, 10);
  return workout(
    ctx,
    client.hiit,
    'hiit',
    { minutes, intervals, activity: activityName(client.hiit) },
    19,
  );
}

/**
 * Every day log and workout of one client from the assignment's start to `today` (or its end). Each day's
 * values come from a generator seeded with the client and the date, so they never change.
 */
export function generateLogs(
  client: DemoClient,
  clientId: string,
  assignment: SeededAssignment,
  exerciseIds: Map<string, string>,
  today: string,
): { days: DayLogRow[]; workouts: WorkoutLogRow[] } {
  const { sex, birthDate, heightCm, startWeightKg, activityLevel } = client.profile;
  const { deficitKcal } = calorieTargetFor({
    sex,
    weightKg: startWeightKg,
    heightCm,
    ageYears: ageOn(birthDate, assignment.startDate),
    activityLevel,
  });
  const lossPerDay = (expectedWeeklyLossKg(deficitKcal) / 7) * WEIGHT_EFFECT[client.pattern];
  const slipDay =
    client.pattern === 'slipping'
      ? daysBetween(assignment.startDate, addDays(today, -SLIP_DAYS))
      : Infinity;
  const trendOn = (dayIndex: number) =>
    startWeightKg -
    lossPerDay * Math.min(dayIndex, slipDay) +
    REGAIN_KG_PER_DAY * Math.max(0, dayIndex - slipDay);

  const days: DayLogRow[] = [];
  const workouts: WorkoutLogRow[] = [];
  const lastDay = minDate(today, addDays(assignment.startDate, 7 * assignment.weeks - 1));
  for (const date of eachDay(assignment.startDate, lastDay)) {
    const dayIndex = daysBetween(assignment.startDate, date);
    const b = behaviourOn(client.pattern, daysBetween(date, today));
    const rng = randomFor(`${client.email}|${date}`);
    // Everyone logs the first day, with the weight they started at.
    if (dayIndex > 0 && !rng.chance(b.log)) continue;
    const weightKg =
      dayIndex === 0
        ? startWeightKg
        : rng.chance(b.weigh)
          ? roundTo(trendOn(dayIndex) + rng.between(-0.4, 0.4), 0.1)
          : null;
    days.push(dayLog(rng, b, clientId, date, assignment.targets.calories, weightKg));

    const ctx: WorkoutContext = {
      rng,
      b,
      clientId,
      date,
      week: Math.floor(dayIndex / 7),
      exerciseIds,
    };
    const weekday = dayIndex % 7;
    if (STRENGTH_DAYS.has(weekday) && rng.chance(b.session))
      workouts.push(...strengthSession(ctx, client));
    if (CARDIO_DAYS.has(weekday) && rng.chance(b.session))
      workouts.push(cardioSession(ctx, client));
    if (HIIT_DAYS.has(weekday) && rng.chance(b.session)) workouts.push(hiitSession(ctx, client));
  }
  return { days, workouts };
}

/** Inserts the generated logs in one statement per table; rows that exist (same day, same key) are left alone. */
export async function insertLogs(
  tx: Queryable,
  days: DayLogRow[],
  workouts: WorkoutLogRow[],
): Promise<{ dayLogs: number; workoutLogs: number }> {
  const insertedDays =
    days.length > 0
      ? await tx.insert(dayLogs).values(days).onConflictDoNothing().returning({ id: dayLogs.id })
      : [];
  const insertedWorkouts =
    workouts.length > 0
      ? await tx
          .insert(workoutLogs)
          .values(workouts)
          .onConflictDoNothing()
          .returning({ id: workoutLogs.id })
      : [];
  return { dayLogs: insertedDays.length, workoutLogs: insertedWorkouts.length };
}
