import { randomUUID } from 'node:crypto';
import type { Sql } from 'postgres';
import {
  ACTIVITY_LEVELS,
  addDays,
  ageOn,
  calorieTargetFor,
  DEFAULT_PROGRAM_TARGETS,
  type AssignmentTargets,
  type IsoDate,
} from '@sixstep/domain';
import type { BenchCatalog } from './catalog';

/**
 * Bulk loader for the benchmark: one coach with N clients, each with a profile, an active
 * assignment (personalised snapshot) and `historyDays` of day logs and workouts ending today.
 * Everything below the per-client parameters is set-based SQL (INSERT … SELECT over
 * generate_series), so a year for 1,000 clients is a handful of statements.
 */

export interface CoachLoad {
  /** Names the accounts: coach-<tag>@bench.test, client-<tag>-<i>@bench.test. */
  tag: string;
  clients: number;
  historyDays: number;
  today: IsoDate;
  /** One scrypt hash shared by every account (all use the same demo password). */
  passwordHash: string;
}

export interface LoadedCoach {
  coachId: string;
  coachEmail: string;
  clientEmails: string[];
  clientIds: string[];
  dayLogs: number;
  workouts: number;
  ms: number;
}

/** An assignment may run at most 52 weeks; the active one started this many days ago at most, so it still runs today. */
const ACTIVE_START_MAX_DAYS_AGO = 51 * 7;
const ASSIGNMENT_DAYS = 52 * 7;

export const coachEmail = (tag: string) => `coach-${tag}@bench.test`;
export const clientEmail = (tag: string, i: number) => `client-${tag}-${i}@bench.test`;

/** Deterministic spread in [0, 1) so every run loads the same mix of clients. */
const spread = (i: number, prime: number) => ((i * prime) % 1000) / 1000;

interface ClientRow {
  id: string;
  email: string;
  name: string;
  sex: 'female' | 'male';
  birth_date: IsoDate;
  height_cm: number;
  start_weight_kg: number;
  activity_level: (typeof ACTIVITY_LEVELS)[number];
  targets: AssignmentTargets;
  target_kcal: number;
  floor_kcal: number;
  /** Chance of keeping to the plan on a given day: the client's adherence. */
  diligence: number;
  /** Days before today on which logging stopped (0: still logging); some clients go silent. */
  quiet_days: number;
  history_days: number;
  active_start: IsoDate;
}

function clientRows(load: CoachLoad, catalog: BenchCatalog): ClientRow[] {
  const prescribed = catalog.strength.slice(0, 3).map((e, k) => ({
    exerciseId: e.id,
    name: e.name,
    sets: 3,
    reps: 12,
    loadKg: k === 0 ? 30 : null,
  }));
  const activeStart = addDays(
    load.today,
    -Math.min(load.historyDays - 1, ACTIVE_START_MAX_DAYS_AGO),
  );
  return Array.from({ length: load.clients }, (_, i) => {
    const sex = i % 2 === 0 ? 'female' : 'male';
    const birth_date = `${1960 + ((i * 7) % 40)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const height_cm = (sex === 'female' ? 155 : 168) + ((i * 13) % 20);
    const start_weight_kg = 62 + ((i * 17) % 48);
    const activity_level = ACTIVITY_LEVELS[(i * 3) % ACTIVITY_LEVELS.length]!;
    const calories = calorieTargetFor({
      sex,
      weightKg: start_weight_kg,
      heightCm: height_cm,
      ageYears: ageOn(birth_date, load.today),
      activityLevel: activity_level,
    });
    return {
      id: randomUUID(),
      email: clientEmail(load.tag, i),
      name: `Bench client ${load.tag}-${i}`,
      sex,
      birth_date,
      height_cm,
      start_weight_kg,
      activity_level,
      targets: {
        program: DEFAULT_PROGRAM_TARGETS,
        calories: { targetKcal: calories.targetKcal, floorKcal: calories.floorKcal },
        exercises: prescribed,
      },
      target_kcal: calories.targetKcal,
      floor_kcal: calories.floorKcal,
      diligence: 0.3 + 0.65 * spread(i, 7919),
      quiet_days: i % 12 === 5 ? 3 + (i % 6) : 0,
      history_days: load.historyDays,
      active_start: activeStart,
    };
  });
}

export async function loadCoach(
  sql: Sql,
  catalog: BenchCatalog,
  load: CoachLoad,
): Promise<LoadedCoach> {
  const started = performance.now();
  const rows = clientRows(load, catalog);
  const coachId = randomUUID();
  const unassigned = catalog.strength[catalog.strength.length - 1]!.id;
  const assigned = catalog.strength.slice(0, 3).map((e) => e.id);

  const counts = await sql.begin(async (tx) => {
    await tx`set local synchronous_commit = off`;
    await tx`
      insert into users (id, email, name, role, password_hash)
      values (${coachId}, ${coachEmail(load.tag)}, ${`Bench coach ${load.tag}`}, 'coach', ${load.passwordHash})`;
    await tx`
      create temp table bench_clients on commit drop as
      select * from jsonb_to_recordset(${tx.json(rows as never)}) as t(
        id uuid, email text, name text, sex sex, birth_date date, height_cm real, start_weight_kg real,
        activity_level activity_level, targets jsonb, target_kcal int, floor_kcal int, diligence real,
        quiet_days int, history_days int, active_start date)`;
    await tx`
      insert into users (id, email, name, role, password_hash)
      select id, email, name, 'client', ${load.passwordHash} from bench_clients`;
    await tx`
      insert into client_profiles (user_id, coach_id, sex, birth_date, height_cm, start_weight_kg, activity_level)
      select id, ${coachId}, sex, birth_date, height_cm, start_weight_kg, activity_level from bench_clients`;
    await tx`
      insert into assignments (client_id, coach_id, program_id, start_date, weeks, status, targets)
      select id, ${coachId}, ${catalog.programId}, active_start, 52, 'active', targets from bench_clients`;
    // Earlier, ended assignments cover history older than the active one (the 3-year client).
    await tx`
      insert into assignments (client_id, coach_id, program_id, start_date, weeks, status, ended_on, targets)
      select c.id, ${coachId}, ${catalog.programId}, c.active_start - ${ASSIGNMENT_DAYS}::int * j, 52, 'ended',
        c.active_start - ${ASSIGNMENT_DAYS}::int * (j - 1) - 1, c.targets
      from bench_clients c,
        generate_series(1, ceil((c.history_days - 1 - (${load.today}::date - c.active_start)) / ${ASSIGNMENT_DAYS}::numeric)::int) j`;
    // `random() + 0 * k` keeps each draw per day: a qual on c alone is pushed down to the client scan
    // and drawn once per client.
    const days = await tx`
      insert into day_logs (client_id, date, calories, meals, protein_meals, fat_servings, veg_servings, treats,
        planned_treats, weight_kg)
      select id, date, calories, meals, protein_meals, fat_servings, veg_servings, treats,
        case when treats > 0 and random() < diligence then treats else 0 end,
        case when k % 7 = 0 then round((start_weight_kg - (history_days - k) * 0.012 * diligence)::numeric, 1) end
      from (
        select c.id, c.diligence, c.start_weight_kg, c.history_days, k, ${load.today}::date - k as date,
          case
            when random() < c.diligence then c.floor_kcal + (random() * (c.target_kcal - c.floor_kcal))::int
            when random() < 0.7 then c.target_kcal + 50 + (random() * 500)::int
            else greatest(600, c.floor_kcal - 50 - (random() * 400)::int)
          end as calories,
          m.meals,
          case when random() < c.diligence then m.meals else greatest(0, m.meals - 1 - (random() * 2)::int) end as protein_meals,
          case when random() < c.diligence then 2 + (random() < 0.5)::int else (random() * 2)::int end as fat_servings,
          case when random() < c.diligence then 2 + (random() * 3)::int else (random() * 2)::int end as veg_servings,
          (random() < 0.25)::int + (random() < 0.06)::int as treats
        from bench_clients c
        cross join lateral generate_series(c.quiet_days, c.history_days - 1) k
        cross join lateral (select 3 + (random() < 0.2 + 0 * k)::int as meals) m
        where random() + 0 * k < 0.35 + 0.65 * c.diligence
      ) d`;
    // A weekly pattern: strength (two exercises) three days, cardio four days, HIIT two days;
    // each kept with the client's diligence. One strength set in ten is an exercise not prescribed.
    const workouts = await tx`
      insert into workout_logs (client_id, date, kind, exercise_id, sets, minutes, activity, idempotency_key)
      select c.id, ${load.today}::date - k, p.kind::exercise_category,
        case when p.kind = 'strength' then
          case when random() < 0.1 then ${unassigned}::uuid else (${assigned}::uuid[])[1 + (k + p.n) % 3] end
        end,
        case when p.kind = 'strength' then '[{"reps":12,"loadKg":30},{"reps":12,"loadKg":30},{"reps":10,"loadKg":30}]'::jsonb
          else '[]'::jsonb end,
        case p.kind when 'cardio' then 18 + (random() * 30)::int when 'hiit' then 10 + (random() * 12)::int end,
        case p.kind when 'cardio' then 'rowing' when 'hiit' then 'running intervals' end,
        'seed-' || k || '-' || p.kind || '-' || p.n
      from bench_clients c
      cross join lateral generate_series(c.quiet_days, c.history_days - 1) k
      join (values ('strength', 0, 1), ('strength', 1, 1), ('strength', 0, 3), ('strength', 1, 3),
                   ('strength', 0, 5), ('strength', 1, 5), ('cardio', 0, 0), ('cardio', 0, 2), ('cardio', 0, 4),
                   ('cardio', 0, 6), ('hiit', 0, 2), ('hiit', 0, 5)) p(kind, n, dow) on p.dow = k % 7
      where random() + 0 * k < c.diligence`;
    return { dayLogs: days.count, workouts: workouts.count };
  });
  await sql`analyze users, client_profiles, assignments, day_logs, workout_logs`;
  return {
    coachId,
    coachEmail: coachEmail(load.tag),
    clientEmails: rows.map((r) => r.email),
    clientIds: rows.map((r) => r.id),
    ...counts,
    ms: performance.now() - started,
  };
}
