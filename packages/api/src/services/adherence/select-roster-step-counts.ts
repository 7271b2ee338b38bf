import { sql } from 'drizzle-orm';
import {
  FLAG_WINDOW_DAYS,
  mergeStepCounts,
  type AssignmentTargets,
  type IsoDate,
  type StepCounts,
} from '@sixstep/domain';
import { queryRows, type assignments, type Queryable } from '@sixstep/db';
import { currentAssignmentFirst } from '../assignments/current-assignment-order';

/** The roster's long window, ending today (the short one is the domain's flag window). */
const LONG_WINDOW_DAYS = 28;

type AssignmentStatus = (typeof assignments.$inferSelect)['status'];

/** The roster's windows, ending today: the domain's flag window and the long one. */
const WINDOWS = ['7', '28'] as const;
type WindowKey = (typeof WINDOWS)[number];

/** The per-window count columns of the statement, named `<column><window>` (e.g. `strength7`). */
const COUNT_COLUMNS = {
  counted: 'countedDays',
  logged: 'loggedDays',
  strength: 'strengthSessions',
  cardio: 'cardioDays',
  hiit: 'hiitDays',
  calories: 'calorieDays',
  food: 'foodDays',
  treats: 'treats',
  under_floor: 'underFloorDays',
} as const satisfies Record<string, keyof StepCounts>;
type CountColumn = keyof typeof COUNT_COLUMNS;
type WindowColumns = { [K in `${CountColumn}${WindowKey}`]: number } & {
  [K in `last${WindowKey}`]: IsoDate | null;
};

/** One client of the coach with their current assignment, its windows and step counts, as SQL returns it. */
interface RosterSqlRow extends WindowColumns {
  client_id: string;
  name: string;
  email: string;
  invite_pending: boolean;
  deactivated: boolean;
  assignment_id: string | null;
  program_name: string | null;
  status: AssignmentStatus | null;
  start_date: IsoDate | null;
  weeks: number | null;
  end_date: IsoDate | null;
  /**
   * The program part of the targets in effect over this row's part of the windows (one row per
   * target version in effect), as JSON text (both drivers hand text back unchanged).
   */
  program_targets: string | null;
}

/** The counts of the windows' days that one target version was in effect for. */
export interface RosterSegment {
  programTargets: AssignmentTargets['program'];
  counts7: StepCounts;
  counts28: StepCounts;
}

/** A client of the coach with the step counts of their current assignment's last 7 and 28 days. */
export interface RosterCountsRow {
  clientId: string;
  name: string;
  email: string;
  invitePending: boolean;
  deactivated: boolean;
  assignment: {
    id: string;
    programName: string;
    status: AssignmentStatus;
    startDate: IsoDate;
    weeks: number;
    endDate: IsoDate;
  } | null;
  /** The windows' counts, all versions together. */
  counts7: StepCounts;
  counts28: StepCounts;
  /** The same counts part by part, each with the targets in effect on its days, in date order. */
  segments: RosterSegment[];
}

function countsOf(row: RosterSqlRow, window: WindowKey): StepCounts {
  const counts = Object.fromEntries(
    Object.entries(COUNT_COLUMNS).map(([column, field]) => [
      field,
      row[`${column as CountColumn}${window}`],
    ]),
  ) as Omit<StepCounts, 'lastLoggedDate'>;
  return { ...counts, lastLoggedDate: row[`last${window}`] };
}

/**
 * One window's counted days and counts over the merged day facts, from `win.from<window>` on
 * (static SQL: no input reaches it). Every window's columns come from this one list.
 */
function windowColumns(window: WindowKey) {
  const inWindow = `date >= win.from${window}`;
  return {
    counted: sql.raw(`coalesce(win."to" - win.from${window} + 1, 0)::int as counted${window}`),
    counts: sql.raw(`
      (count(*) filter (where ${inWindow}))::int as logged${window},
      (count(*) filter (where ${inWindow} and strength))::int as strength${window},
      (count(*) filter (where ${inWindow} and cardio_minutes >= win.cardio_min))::int as cardio${window},
      (count(*) filter (where ${inWindow} and hiit))::int as hiit${window},
      (count(*) filter (where ${inWindow} and calories))::int as calories${window},
      (count(*) filter (where ${inWindow} and food))::int as food${window},
      coalesce(sum(treats) filter (where ${inWindow}), 0)::int as treats${window},
      (count(*) filter (where ${inWindow} and under_floor))::int as under_floor${window},
      (max(date) filter (where ${inWindow}))::text as last${window}`),
  };
}
const eachWindow = (part: 'counted' | 'counts') =>
  sql.join(
    WINDOWS.map((w) => windowColumns(w)[part]),
    sql`, `,
  );

/**
 * Every client of the coach (by name) with their current assignment (the running one, else the
 * most recent) and its step counts over the last 7 and 28 days, in one statement.
 *
 * The windows are the domain's `assignmentEndDate` and `lastDaysRange` in SQL: the counted part
 * of the last N days, not before the start, not after the end or the last due day (today once
 * something is logged for it, else yesterday: `lastDueDate`). Each window is split where a target
 * version begins (`segmentsByVersion`; an assignment without stored versions has its targets from
 * the start), one row per part. Each day is judged by the same tests as the domain's predicates (`isStrengthSession`, `isCardioDay`, `isHiitDay`,
 * `isCalorieDay`, `isFoodDay`, `isUnderFloorDay`, see packages/domain/src/adherence/README.md),
 * reading the targets of the version in effect once per part; each part's days are read through
 * the (client_id, date) indexes (LATERAL) and merged into one fact row per date.
 * A test checks windows and counts against the domain's `countStepDays` on a realistic dataset.
 */
export async function selectRosterStepCounts(
  db: Queryable,
  { coachId, today, search = null }: { coachId: string; today: IsoDate; search?: string | null },
): Promise<RosterCountsRow[]> {
  const rows = await queryRows<RosterSqlRow>(
    db,
    sql`
      with cur as materialized (
        select u.id as client_id, u.name, u.email,
          u.password_hash is null as invite_pending, u.deactivated_at is not null as deactivated,
          a.id as assignment_id, a.program_name, a.status, a.start_date, a.weeks, a.end_date, a.targets
        from client_profiles cp
        join users u on u.id = cp.user_id
        left join lateral (
          select assignments.id, p.name as program_name, assignments.status, assignments.start_date,
            assignments.weeks, assignments.targets,
            case when assignments.ended_on is null then assignments.start_date + (assignments.weeks * 7 - 1)
              else least(assignments.ended_on, assignments.start_date + (assignments.weeks * 7 - 1)) end as end_date
          from assignments
          join programs p on p.id = assignments.program_id
          where assignments.client_id = u.id
          order by ${sql.join(currentAssignmentFirst, sql`, `)}
          limit 1
        ) a on true
        where cp.coach_id = ${coachId}
          ${search ? sql`and (u.name ilike ${search} or u.email ilike ${search})` : sql``}
      ),
      bounds as (
        select cur.client_id, cur.assignment_id,
          greatest(start_date, ${today}::date - ${LONG_WINDOW_DAYS - 1}::int) as from28,
          greatest(start_date, ${today}::date - ${FLAG_WINDOW_DAYS - 1}::int) as from7,
          least(end_date, case
            when exists (select 1 from day_logs d where d.client_id = cur.client_id and d.date = ${today}::date)
              or exists (select 1 from workout_logs w where w.client_id = cur.client_id and w.date = ${today}::date)
            then ${today}::date else ${today}::date - 1 end) as "to"
        from cur
        where assignment_id is not null
      ),
      versions as (
        select v.assignment_id, v.effective_from, v.targets,
          row_number() over (partition by v.assignment_id order by v.effective_from) = 1 as first,
          lead(v.effective_from) over (partition by v.assignment_id order by v.effective_from) as next_from
        from assignment_target_versions v
        where v.assignment_id in (select assignment_id from bounds)
        union all
        select cur.assignment_id, cur.start_date, cur.targets, true, null
        from cur
        where cur.assignment_id is not null
          and not exists (select 1 from assignment_target_versions v where v.assignment_id = cur.assignment_id)
      ),
      parts as (
        select b.client_id, b.from7, v.targets,
          case when v.first then b.from28 else greatest(b.from28, v.effective_from) end as from28,
          case when v.next_from is null then b."to" else least(b."to", v.next_from - 1) end as "to"
        from bounds b
        join versions v on v.assignment_id = b.assignment_id
      ),
      win as materialized (
        select p.client_id, p.from28, p."to", p.targets,
          case when greatest(p.from28, p.from7) <= p."to" then greatest(p.from28, p.from7) end as from7,
          array(select (e ->> 'exerciseId')::uuid from jsonb_array_elements(p.targets -> 'exercises') e) as assigned,
          (p.targets #>> '{program,cardio,minutesPerSession}')::int as cardio_min,
          (p.targets #>> '{program,hiit,minMinutes}')::int as hiit_min,
          (p.targets #>> '{calories,floorKcal}')::int as floor_kcal,
          (p.targets #>> '{calories,targetKcal}')::int as target_kcal,
          (p.targets #>> '{program,food,proteinEveryMeal}')::boolean as protein_every_meal,
          (p.targets #>> '{program,food,fatServingsMin}')::int as fat_min,
          (p.targets #>> '{program,food,vegServingsMin}')::int as veg_min
        from parts p
        where p.from28 <= p."to"
      )
      select cur.client_id::text as client_id, cur.name, cur.email, cur.invite_pending, cur.deactivated,
        cur.assignment_id::text as assignment_id, cur.program_name, cur.status::text as status,
        cur.start_date::text as start_date, cur.weeks, cur.end_date::text as end_date,
        (coalesce(win.targets, cur.targets) -> 'program')::text as program_targets,
        ${eachWindow('counted')},
        c.*
      from cur
      left join win on win.client_id = cur.client_id
      left join lateral (
        select
          ${eachWindow('counts')}
        from (
          select date, bool_or(strength) as strength, sum(cardio_minutes) as cardio_minutes, bool_or(hiit) as hiit,
            bool_or(calories) as calories, bool_or(food) as food, sum(treats) as treats, bool_or(under_floor) as under_floor
          from (
            select d.date, false as strength, null::int as cardio_minutes, false as hiit,
              coalesce(d.calories >= win.floor_kcal and d.calories <= win.target_kcal, false) as calories,
              coalesce(d.meals >= 1
                and (not win.protein_every_meal or coalesce(d.protein_meals, 0) >= d.meals)
                and coalesce(d.fat_servings, 0) >= win.fat_min
                and coalesce(d.veg_servings, 0) >= win.veg_min, false) as food,
              coalesce(d.treats, 0) as treats,
              coalesce(d.calories < win.floor_kcal, false) as under_floor
            from day_logs d
            where d.client_id = win.client_id and d.date between win.from28 and win."to"
            union all
            select w.date,
              coalesce(w.kind = 'strength' and jsonb_array_length(w.sets) >= 1 and w.exercise_id = any(win.assigned), false),
              case when w.kind = 'cardio' then coalesce(w.minutes, 0) end,
              coalesce(w.kind = 'hiit' and w.minutes >= win.hiit_min, false),
              false, false, 0, false
            from workout_logs w
            where w.client_id = win.client_id and w.date between win.from28 and win."to"
          ) facts
          group by date
        ) per_day
      ) c on true
      order by cur.name, cur.client_id, win.from28
    `,
  );
  const byClient = new Map<string, RosterSqlRow[]>();
  for (const row of rows)
    byClient.set(row.client_id, [...(byClient.get(row.client_id) ?? []), row]);
  return [...byClient.values()].map((parts) => {
    const row = parts[0]!;
    const segments = parts
      .filter((part) => part.program_targets !== null)
      .map((part) => ({
        programTargets: JSON.parse(part.program_targets!) as AssignmentTargets['program'],
        counts7: countsOf(part, '7'),
        counts28: countsOf(part, '28'),
      }));
    return {
      clientId: row.client_id,
      name: row.name,
      email: row.email,
      invitePending: row.invite_pending,
      deactivated: row.deactivated,
      assignment:
        row.assignment_id === null
          ? null
          : {
              id: row.assignment_id,
              programName: row.program_name!,
              status: row.status!,
              startDate: row.start_date!,
              weeks: row.weeks!,
              endDate: row.end_date!,
            },
      counts7: mergeStepCounts(parts.map((part) => countsOf(part, '7'))),
      counts28: mergeStepCounts(parts.map((part) => countsOf(part, '28'))),
      segments,
    };
  });
}
