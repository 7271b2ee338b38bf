import { eq } from 'drizzle-orm';
import {
  addDays,
  adherenceFlags,
  ageOn,
  calorieTargetFor,
  computeAdherence,
  EMPTY_STEP_COUNTS,
  expectedWeightLine,
  minDate,
  NULL_SCORES,
  toWorkoutFact,
  weeklyAdherence,
  type AdherenceInput,
  type WeightPoint,
} from '@sixstep/domain';
import { clientProfiles, type Db } from '@sixstep/db';
import type { Actor } from '../../actor';
import { ADHERENCE_MAX_DAYS, type AdherenceForClientInput } from '../../schemas/adherence';
import { findCurrentAssignment, type AssignmentView } from '../assignments/assignments';
import { checkRange, getUtcToday } from '../../infra/calendar';
import { resolveClientScope } from '../clients/resolve-client-scope';
import { selectDayLogsBetween, selectWorkoutsBetween } from '../logs/logs';
import { selectTargetVersions } from '../assignments/select-target-versions';

/** A change of overall score under this size reads as steady. */
const STEADY_BAND = 0.05;

/** Last 7 days against the 7 before them; null when either window has no counted day. */
function trendOf(last7: number | null, previous7: number | null) {
  if (last7 === null || previous7 === null)
    return { last7, previous7, change: null, direction: null };
  const change = last7 - previous7;
  return {
    last7,
    previous7,
    change,
    direction: change > STEADY_BAND ? 'up' : change < -STEADY_BAND ? 'down' : 'steady',
  } as const;
}

/** Logged weights against the line the calorie deficit predicts from the start weight. */
function weightProgress(
  assignment: AssignmentView,
  profile: typeof clientProfiles.$inferSelect,
  days: ReadonlyArray<{ date: string; weightKg: number | null }>,
): { points: WeightPoint[]; expected: WeightPoint[]; deficitKcal: number | null } {
  const points = days.flatMap((d) =>
    d.weightKg === null ? [] : [{ date: d.date, weightKg: d.weightKg }],
  );
  if (profile.birthDate > assignment.startDate) return { points, expected: [], deficitKcal: null };
  const { tdee } = calorieTargetFor({
    sex: profile.sex,
    weightKg: profile.startWeightKg,
    heightCm: profile.heightCm,
    ageYears: ageOn(profile.birthDate, assignment.startDate),
    activityLevel: profile.activityLevel,
  });
  const deficitKcal = tdee - assignment.targets.calories.targetKcal;
  const expected = expectedWeightLine({
    startWeightKg: profile.startWeightKg,
    startDate: assignment.startDate,
    deficitKcal,
    until: assignment.endDate,
  });
  return { points, expected, deficitKcal };
}

/**
 * A client's adherence on their current assignment (the running one, else the latest): each
 * week, the requested range (default: the last 28 days), the last 7 and 28 days, the flags,
 * the trend and the weight line. All scoring is the domain's; the facts come from one query for
 * day logs and one for workouts, over the assignment's days up to today.
 */
export async function getClientAdherence(
  db: Db,
  actor: Actor,
  input: AdherenceForClientInput,
  now: Date,
) {
  const clientId = await resolveClientScope(db, actor, input.clientId);
  const today = getUtcToday(now);
  const to = input.to ?? today;
  const from = input.from ?? addDays(to, -27);
  checkRange(from, to, ADHERENCE_MAX_DAYS);

  const assignment = await findCurrentAssignment(db, clientId);
  if (!assignment)
    return {
      clientId,
      today,
      assignment: null,
      weeks: [],
      range: {
        from,
        to,
        counted: null,
        counts: { ...EMPTY_STEP_COUNTS },
        scores: { ...NULL_SCORES },
      },
      last7: { ...NULL_SCORES },
      last28: { ...NULL_SCORES },
      flags: { behind: false, silent: false, underFloor: false },
      trend: trendOf(null, null),
      weight: { points: [], expected: [], deficitKcal: null },
    };

  // Nothing outside the assignment's days (up to today) ever counts, so nothing else is read.
  const factsTo = minDate(assignment.endDate, today);
  const [days, workouts, [profile], targetVersions] = await Promise.all([
    selectDayLogsBetween(db, clientId, assignment.startDate, factsTo),
    selectWorkoutsBetween(db, clientId, assignment.startDate, factsTo),
    db.select().from(clientProfiles).where(eq(clientProfiles.userId, clientId)),
    selectTargetVersions(db, assignment),
  ]);
  const facts: AdherenceInput = {
    assignment: { ...assignment, targetVersions },
    days,
    workouts: workouts.map(toWorkoutFact),
    today,
  };
  const over = (rangeFrom: string, rangeTo: string) =>
    computeAdherence({ ...facts, from: rangeFrom, to: rangeTo });
  const requested = over(from, to);
  const last7 = over(addDays(today, -6), today);
  const last28 = over(addDays(today, -27), today);
  const previous7 = over(addDays(today, -13), addDays(today, -7));

  return {
    clientId,
    today,
    assignment,
    weeks: weeklyAdherence(facts),
    range: {
      from,
      to,
      counted: requested.range,
      counts: requested.counts,
      scores: requested.scores,
    },
    last7: last7.scores,
    last28: last28.scores,
    flags: adherenceFlags(facts),
    trend: trendOf(last7.scores.overall, previous7.scores.overall),
    weight: profile
      ? weightProgress(assignment, profile, days)
      : { points: [], expected: [], deficitKcal: null },
  };
}
