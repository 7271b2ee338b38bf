import type { Sql } from 'postgres';
import {
  assignmentEndDate,
  countStepDays,
  lastDaysRange,
  toWorkoutFact,
  type AssignmentTargets,
  type DayFact,
  type IsoDate,
  type StepCounts,
} from '@sixstep/domain';
import type { FloorRow } from './roster-floor';

/**
 * Guards the comparison: the SQL floor must count exactly what the domain's adherence engine
 * counts, or the ratio means nothing. Recomputes a sample of clients with the domain functions
 * from their raw rows and returns the mismatches (empty when the floor is faithful).
 */
export async function checkFloorAgainstDomain(
  sql: Sql,
  rows: FloorRow[],
  today: IsoDate,
  sample = 25,
): Promise<string[]> {
  const problems: string[] = [];
  const step = Math.max(1, Math.floor(rows.length / sample));
  for (let i = 0; i < rows.length; i += step) {
    const row = rows[i]!;
    const [assignment] = await sql<
      Array<{
        start_date: string;
        weeks: number;
        ended_on: string | null;
        targets: AssignmentTargets;
      }>
    >`
      select start_date::text, weeks, ended_on::text, targets from assignments
      where client_id = ${row.client_id} and status = 'active'`;
    const days = await sql<DayFact[]>`
      select date::text as date, calories, meals, protein_meals as "proteinMeals", fat_servings as "fatServings",
        veg_servings as "vegServings", treats, planned_treats as "plannedTreats", weight_kg as "weightKg"
      from day_logs where client_id = ${row.client_id} and date > ${today}::date - 40`;
    const workouts = await sql<
      Array<{
        date: string;
        kind: 'strength' | 'cardio' | 'hiit';
        exerciseId: string | null;
        sets: unknown[];
        minutes: number | null;
      }>
    >`
      select date::text as date, kind, exercise_id as "exerciseId", sets, minutes
      from workout_logs where client_id = ${row.client_id} and date > ${today}::date - 40`;
    const a = {
      startDate: assignment!.start_date,
      endDate: assignmentEndDate({
        startDate: assignment!.start_date,
        weeks: assignment!.weeks,
        endedOn: assignment!.ended_on,
      }),
    };
    for (const span of [7, 28] as const) {
      const range = lastDaysRange({ ...a, today, days: span });
      if (!range) continue;
      const expected = countStepDays({
        days,
        workouts: workouts.map(toWorkoutFact),
        targets: assignment!.targets,
        range,
      });
      const actual = floorCounts(row, span);
      for (const key of Object.keys(actual) as Array<keyof StepCounts>) {
        if (actual[key] !== expected[key])
          problems.push(
            `${row.client_id} last ${span} days ${key}: floor ${String(actual[key])}, domain ${String(expected[key])}`,
          );
      }
    }
  }
  return problems;
}

function floorCounts(
  row: FloorRow,
  span: 7 | 28,
): Omit<StepCounts, 'lastLoggedDate'> & Partial<Pick<StepCounts, 'lastLoggedDate'>> {
  const s = span === 7 ? '7' : '28';
  const get = (name: string) => Number(row[`${name}${s}` as keyof FloorRow]);
  return {
    countedDays: get('counted'),
    loggedDays: get('logged'),
    strengthSessions: get('strength'),
    cardioDays: get('cardio'),
    hiitDays: get('hiit'),
    calorieDays: get('calories'),
    foodDays: get('food'),
    treats: get('treats'),
    underFloorDays: get('under_floor'),
    ...(span === 7 ? { lastLoggedDate: row.last_logged7 } : {}),
  };
}
