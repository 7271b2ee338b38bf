import { and, asc, desc, eq, ilike, or, sql } from 'drizzle-orm';
import {
  assignmentEndDate,
  daysBetween,
  EMPTY_STEP_COUNTS,
  FLAG_WINDOW_DAYS,
  flagsFromCounts,
  lastDaysRange,
  NULL_SCORES,
  scoreStepCounts,
  type AdherenceFlags,
  type AssignmentTargets,
  type DateRange,
  type IsoDate,
  type StepCounts,
} from '@sixstep/domain';
import {
  assignments,
  clientProfiles,
  programs,
  queryRows,
  users,
  type Queryable,
} from '@sixstep/db';
import type { Actor } from '../actor';
import type { RosterFilter } from '../schemas/adherence';

/** The roster's two windows, both ending today. */
const LONG_WINDOW_DAYS = 28;

/** Which days of one client's current assignment the roster aggregates (from the domain's `lastDaysRange`). */
export interface RosterWindow {
  clientId: string;
  assignmentId: string;
  /** The last-28-day range; the last-7 range ends on the same day. */
  range28: DateRange;
  range7: DateRange | null;
}

interface CountRow {
  client_id: string;
  logged7: number;
  strength7: number;
  cardio7: number;
  hiit7: number;
  calories7: number;
  food7: number;
  treats7: number;
  under_floor7: number;
  last7: string | null;
  logged28: number;
  strength28: number;
  cardio28: number;
  hiit28: number;
  calories28: number;
  food28: number;
  treats28: number;
  under_floor28: number;
  last28: string | null;
}

/**
 * Step counts of every window at once, aggregated in SQL: one row per client, FILTER clauses for
 * the last 7 days. Each day is judged by the same tests as the domain's predicates
 * (`isStrengthSession`, `isCardioDay`, `isHiitDay`, `isCalorieDay`, `isFoodDay`, `isUnderFloorDay`,
 * see packages/domain/src/adherence/README.md), reading the targets from the assignment's
 * snapshot; a test checks these counts against the domain's `countStepDays` on a realistic dataset.
 */
export async function rosterStepCounts(
  db: Queryable,
  windows: RosterWindow[],
): Promise<Map<string, { counts7: StepCounts; counts28: StepCounts }>> {
  const result = new Map<string, { counts7: StepCounts; counts28: StepCounts }>();
  if (windows.length === 0) return result;
  const param = JSON.stringify(
    windows.map((w) => ({
      client_id: w.clientId,
      assignment_id: w.assignmentId,
      from28: w.range28.from,
      from7: w.range7?.from ?? null,
      to: w.range28.to,
    })),
  );
  // Targets are read out of the snapshot once per client (win); each client's 28 days are then
  // read through the (client_id, date) indexes (LATERAL) and merged into one fact row per date.
  const rows = await queryRows<CountRow>(
    db,
    sql`
      with win as materialized (
        select r.client_id, r.from28, r.from7, r."to",
          array(select (e ->> 'exerciseId')::uuid from jsonb_array_elements(a.targets -> 'exercises') e) as assigned,
          (a.targets #>> '{program,cardio,minutesPerSession}')::int as cardio_min,
          (a.targets #>> '{program,hiit,minMinutes}')::int as hiit_min,
          (a.targets #>> '{calories,floorKcal}')::int as floor_kcal,
          (a.targets #>> '{calories,targetKcal}')::int as target_kcal,
          (a.targets #>> '{program,food,proteinEveryMeal}')::boolean as protein_every_meal,
          (a.targets #>> '{program,food,fatServingsMin}')::int as fat_min,
          (a.targets #>> '{program,food,vegServingsMin}')::int as veg_min
        from jsonb_to_recordset(${param}::jsonb) as r(client_id uuid, assignment_id uuid, from28 date, from7 date, "to" date)
        join assignments a on a.id = r.assignment_id
      )
      select win.client_id::text as client_id, c.*
      from win
      cross join lateral (
        select
          (count(*) filter (where date >= win.from7))::int as logged7,
          (count(*) filter (where date >= win.from7 and strength))::int as strength7,
          (count(*) filter (where date >= win.from7 and cardio_minutes >= win.cardio_min))::int as cardio7,
          (count(*) filter (where date >= win.from7 and hiit))::int as hiit7,
          (count(*) filter (where date >= win.from7 and calories))::int as calories7,
          (count(*) filter (where date >= win.from7 and food))::int as food7,
          coalesce(sum(treats) filter (where date >= win.from7), 0)::int as treats7,
          (count(*) filter (where date >= win.from7 and under_floor))::int as under_floor7,
          (max(date) filter (where date >= win.from7))::text as last7,
          count(*)::int as logged28,
          (count(*) filter (where strength))::int as strength28,
          (count(*) filter (where cardio_minutes >= win.cardio_min))::int as cardio28,
          (count(*) filter (where hiit))::int as hiit28,
          (count(*) filter (where calories))::int as calories28,
          (count(*) filter (where food))::int as food28,
          coalesce(sum(treats), 0)::int as treats28,
          (count(*) filter (where under_floor))::int as under_floor28,
          max(date)::text as last28
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
      ) c
      where c.logged28 > 0
    `,
  );
  const byClient = new Map(rows.map((r) => [r.client_id, r]));
  const countsOf = (
    range: DateRange | null,
    row: CountRow | undefined,
    window: '7' | '28',
  ): StepCounts => {
    if (!range) return { ...EMPTY_STEP_COUNTS };
    const countedDays = daysBetween(range.from, range.to) + 1;
    if (!row) return { ...EMPTY_STEP_COUNTS, countedDays };
    return {
      countedDays,
      loggedDays: row[`logged${window}`],
      strengthSessions: row[`strength${window}`],
      cardioDays: row[`cardio${window}`],
      hiitDays: row[`hiit${window}`],
      calorieDays: row[`calories${window}`],
      foodDays: row[`food${window}`],
      treats: row[`treats${window}`],
      underFloorDays: row[`under_floor${window}`],
      lastLoggedDate: row[`last${window}`],
    };
  };
  for (const w of windows) {
    const row = byClient.get(w.clientId);
    result.set(w.clientId, {
      counts7: countsOf(w.range7, row, '7'),
      counts28: countsOf(w.range28, row, '28'),
    });
  }
  return result;
}

/**
 * Each client's current assignment (the running one, else the most recent), one row per client
 * through assignments_client_idx, with only what the roster shows and scores: the program part
 * of the targets, not the exercise list.
 */
function currentAssignmentOf(db: Queryable) {
  return db
    .select({
      id: assignments.id,
      programName: programs.name,
      status: assignments.status,
      startDate: assignments.startDate,
      weeks: assignments.weeks,
      endedOn: assignments.endedOn,
      programTargets: sql<AssignmentTargets['program']>`${assignments.targets} -> 'program'`.as(
        'program_targets',
      ),
    })
    .from(assignments)
    .innerJoin(programs, eq(programs.id, assignments.programId))
    .where(eq(assignments.clientId, users.id))
    .orderBy(
      desc(eq(assignments.status, 'active')),
      desc(assignments.startDate),
      desc(assignments.createdAt),
    )
    .limit(1)
    .as('current');
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const NO_FLAGS: AdherenceFlags = { behind: false, silent: false, underFloor: false };

function matchesFlag(flags: AdherenceFlags, filter: RosterFilter['flag']): boolean {
  if (filter === undefined) return true;
  const any = flags.behind || flags.silent || flags.underFloor;
  if (filter === 'any') return any;
  if (filter === 'none') return !any;
  return flags[filter];
}

/**
 * Every client of the coach with their current assignment, last-7 and last-28-day scores and
 * flags, worst first: overall last-7 score ascending, clients with nothing to score last. Two
 * queries whatever the roster's size (clients with their current assignment, step counts),
 * scored by the domain.
 */
export async function coachRoster(
  db: Queryable,
  coach: Actor,
  today: IsoDate,
  filter: RosterFilter = {},
) {
  const search = filter.search ? likePattern(filter.search) : null;
  const current = currentAssignmentOf(db);
  const clients = await db
    .select({
      clientId: users.id,
      name: users.name,
      email: users.email,
      invitePending: sql<boolean>`${users.passwordHash} is null`,
      deactivated: sql<boolean>`${users.deactivatedAt} is not null`,
      assignment: {
        id: current.id,
        programName: current.programName,
        status: current.status,
        startDate: current.startDate,
        weeks: current.weeks,
        endedOn: current.endedOn,
        programTargets: current.programTargets,
      },
    })
    .from(clientProfiles)
    .innerJoin(users, eq(users.id, clientProfiles.userId))
    .leftJoinLateral(current, sql`true`)
    .where(
      and(
        eq(clientProfiles.coachId, coach.id),
        search ? or(ilike(users.name, search), ilike(users.email, search)) : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(users.id));

  const windows: RosterWindow[] = [];
  for (const { clientId, assignment } of clients) {
    if (!assignment) continue;
    const span = { startDate: assignment.startDate, endDate: assignmentEndDate(assignment), today };
    const range28 = lastDaysRange({ ...span, days: LONG_WINDOW_DAYS });
    if (range28)
      windows.push({
        clientId,
        assignmentId: assignment.id,
        range28,
        range7: lastDaysRange({ ...span, days: FLAG_WINDOW_DAYS }),
      });
  }
  const counts = await rosterStepCounts(db, windows);

  const rows = clients.map(({ assignment, ...client }) => {
    if (!assignment)
      return {
        ...client,
        assignment: null,
        last7: { ...NULL_SCORES },
        last28: { ...NULL_SCORES },
        flags: NO_FLAGS,
      };
    const endDate = assignmentEndDate(assignment);
    // No window: the assignment has not started, or ended more than 28 days ago; nothing counts.
    const { counts7, counts28 } = counts.get(client.clientId) ?? {
      counts7: EMPTY_STEP_COUNTS,
      counts28: EMPTY_STEP_COUNTS,
    };
    const targets = { program: assignment.programTargets };
    const last7 = scoreStepCounts(counts7, targets);
    const last28 = scoreStepCounts(counts28, targets);
    const flags = flagsFromCounts(counts7, last7, today, assignment.startDate, endDate);
    const { id, programName, status, startDate, weeks } = assignment;
    return {
      ...client,
      assignment: { id, programName, status, startDate, weeks, endDate },
      last7,
      last28,
      flags,
    };
  });

  // Ranks: scored clients by overall score, then assigned but unscored, then unassigned; ties keep name order.
  const rank = (row: (typeof rows)[number]) =>
    row.assignment === null ? 3 : row.last7.overall === null ? 2 : row.last7.overall;
  return rows
    .filter((row) => matchesFlag(row.flags, filter.flag))
    .sort((a, b) => rank(a) - rank(b));
}
