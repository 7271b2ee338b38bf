import { and, asc, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
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
  const rows = await queryRows<CountRow>(
    db,
    sql`
      with win as (
        select r.client_id, r.from28, r.from7, r."to", a.targets
        from jsonb_to_recordset(${param}::jsonb) as r(client_id uuid, assignment_id uuid, from28 date, from7 date, "to" date)
        join assignments a on a.id = r.assignment_id
      ),
      workout_days as (
        select w.client_id, w.date,
          bool_or(w.kind = 'strength' and jsonb_array_length(w.sets) >= 1 and exists (
            select 1 from jsonb_array_elements(win.targets -> 'exercises') e where e ->> 'exerciseId' = w.exercise_id::text
          )) as strength,
          bool_or(w.kind = 'cardio') as any_cardio,
          coalesce(sum(coalesce(w.minutes, 0)) filter (where w.kind = 'cardio'), 0) as cardio_minutes,
          bool_or(w.kind = 'hiit' and w.minutes >= (win.targets #>> '{program,hiit,minMinutes}')::int) as hiit
        from workout_logs w
        join win on win.client_id = w.client_id and w.date between win.from28 and win."to"
        group by w.client_id, w.date
      ),
      log_days as (
        select d.client_id, d.date, d.calories, d.meals, d.protein_meals, d.fat_servings, d.veg_servings, d.treats
        from day_logs d
        join win on win.client_id = d.client_id and d.date between win.from28 and win."to"
      ),
      judged as (
        select win.client_id, f.date, win.from7,
          coalesce(f.strength, false) as strength,
          coalesce(f.any_cardio, false) and f.cardio_minutes >= (win.targets #>> '{program,cardio,minutesPerSession}')::int as cardio,
          coalesce(f.hiit, false) as hiit,
          f.calories is not null
            and f.calories >= (win.targets #>> '{calories,floorKcal}')::int
            and f.calories <= (win.targets #>> '{calories,targetKcal}')::int as calories,
          f.meals is not null and f.meals >= 1
            and (not (win.targets #>> '{program,food,proteinEveryMeal}')::boolean or coalesce(f.protein_meals, 0) >= f.meals)
            and coalesce(f.fat_servings, 0) >= (win.targets #>> '{program,food,fatServingsMin}')::int
            and coalesce(f.veg_servings, 0) >= (win.targets #>> '{program,food,vegServingsMin}')::int as food,
          f.calories is not null and f.calories < (win.targets #>> '{calories,floorKcal}')::int as under_floor,
          coalesce(f.treats, 0) as treats
        from (
          select coalesce(l.client_id, w.client_id) as client_id, coalesce(l.date, w.date) as date,
            l.calories, l.meals, l.protein_meals, l.fat_servings, l.veg_servings, l.treats,
            w.strength, w.any_cardio, w.cardio_minutes, w.hiit
          from log_days l full join workout_days w on w.client_id = l.client_id and w.date = l.date
        ) f
        join win on win.client_id = f.client_id
      )
      select client_id::text as client_id,
        (count(*) filter (where date >= from7))::int as logged7,
        (count(*) filter (where date >= from7 and strength))::int as strength7,
        (count(*) filter (where date >= from7 and cardio))::int as cardio7,
        (count(*) filter (where date >= from7 and hiit))::int as hiit7,
        (count(*) filter (where date >= from7 and calories))::int as calories7,
        (count(*) filter (where date >= from7 and food))::int as food7,
        coalesce(sum(treats) filter (where date >= from7), 0)::int as treats7,
        (count(*) filter (where date >= from7 and under_floor))::int as under_floor7,
        (max(date) filter (where date >= from7))::text as last7,
        count(*)::int as logged28,
        (count(*) filter (where strength))::int as strength28,
        (count(*) filter (where cardio))::int as cardio28,
        (count(*) filter (where hiit))::int as hiit28,
        (count(*) filter (where calories))::int as calories28,
        (count(*) filter (where food))::int as food28,
        coalesce(sum(treats), 0)::int as treats28,
        (count(*) filter (where under_floor))::int as under_floor28,
        max(date)::text as last28
      from judged
      group by client_id
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

/** Each client's current assignment: the running one, else the most recent (one query for the roster). */
async function currentAssignments(db: Queryable, clientIds: string[]) {
  if (clientIds.length === 0) return new Map<string, never>();
  const rows = await db
    .selectDistinctOn([assignments.clientId], {
      assignment: assignments,
      programName: programs.name,
    })
    .from(assignments)
    .innerJoin(programs, eq(programs.id, assignments.programId))
    .where(inArray(assignments.clientId, clientIds))
    .orderBy(
      assignments.clientId,
      desc(eq(assignments.status, 'active')),
      desc(assignments.startDate),
      desc(assignments.createdAt),
    );
  return new Map(rows.map((r) => [r.assignment.clientId, r]));
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
 * flags, worst first: overall last-7 score ascending, clients with nothing to score last. Three
 * queries whatever the roster's size (clients, assignments, step counts), scored by the domain.
 */
export async function coachRoster(
  db: Queryable,
  coach: Actor,
  today: IsoDate,
  filter: RosterFilter = {},
) {
  const search = filter.search ? likePattern(filter.search) : null;
  const clients = await db
    .select({
      clientId: users.id,
      name: users.name,
      email: users.email,
      passwordHash: users.passwordHash,
      deactivatedAt: users.deactivatedAt,
    })
    .from(clientProfiles)
    .innerJoin(users, eq(users.id, clientProfiles.userId))
    .where(
      and(
        eq(clientProfiles.coachId, coach.id),
        search ? or(ilike(users.name, search), ilike(users.email, search)) : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(users.id));
  const current = await currentAssignments(
    db,
    clients.map((c) => c.clientId),
  );

  const windows: RosterWindow[] = [];
  for (const { assignment } of current.values()) {
    const span = { startDate: assignment.startDate, endDate: assignmentEndDate(assignment), today };
    const range28 = lastDaysRange({ ...span, days: LONG_WINDOW_DAYS });
    if (range28)
      windows.push({
        clientId: assignment.clientId,
        assignmentId: assignment.id,
        range28,
        range7: lastDaysRange({ ...span, days: FLAG_WINDOW_DAYS }),
      });
  }
  const counts = await rosterStepCounts(db, windows);

  const rows = clients.map(({ passwordHash, deactivatedAt, ...client }) => {
    const found = current.get(client.clientId);
    const base = {
      ...client,
      invitePending: passwordHash === null,
      deactivated: deactivatedAt !== null,
    };
    if (!found)
      return {
        ...base,
        assignment: null,
        last7: { ...NULL_SCORES },
        last28: { ...NULL_SCORES },
        flags: NO_FLAGS,
      };
    const { assignment, programName } = found;
    const endDate = assignmentEndDate(assignment);
    // No window: the assignment has not started, or ended more than 28 days ago; nothing counts.
    const { counts7, counts28 } = counts.get(client.clientId) ?? {
      counts7: EMPTY_STEP_COUNTS,
      counts28: EMPTY_STEP_COUNTS,
    };
    const last7 = scoreStepCounts(counts7, assignment.targets);
    const last28 = scoreStepCounts(counts28, assignment.targets);
    const flags = flagsFromCounts(counts7, last7, today, assignment.startDate, endDate);
    return {
      ...base,
      assignment: {
        id: assignment.id,
        programName,
        status: assignment.status,
        startDate: assignment.startDate,
        weeks: assignment.weeks,
        endDate,
      },
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
