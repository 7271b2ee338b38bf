import type { Sql } from 'postgres';
import type { IsoDate } from '@sixstep/domain';

/**
 * The floor for `adherence.roster`: one hand-written statement that computes, straight in
 * PostgreSQL, every active client's per-step day counts (the domain's StepCounts) for the last 7
 * and the last 28 days, with the same rules as packages/domain/src/adherence (qualifies.ts,
 * range.ts). Whatever the API does beyond this (names, scores, flags, sorting) is its overhead.
 */
export interface FloorRow {
  client_id: string;
  counted7: number;
  logged7: number;
  strength7: number;
  cardio7: number;
  hiit7: number;
  calories7: number;
  food7: number;
  treats7: number;
  under_floor7: number;
  last_logged7: string | null;
  counted28: number;
  logged28: number;
  strength28: number;
  cardio28: number;
  hiit28: number;
  calories28: number;
  food28: number;
  treats28: number;
  under_floor28: number;
}

/**
 * Shape: the coach's active assignments with their targets read out of the snapshot once, then,
 * per client (LATERAL), the 28 days of day logs and workouts through the (client_id, date)
 * indexes, merged into one fact row per date and counted for both windows.
 */
export function rosterFloorText(): string {
  return `
select a.client_id,
  greatest(0, a.last_day - a.from7 + 1) as counted7,
  c.logged7, c.strength7, c.cardio7, c.hiit7, c.calories7, c.food7, c.treats7, c.under_floor7, c.last_logged7,
  greatest(0, a.last_day - a.from28 + 1) as counted28,
  c.logged28, c.strength28, c.cardio28, c.hiit28, c.calories28, c.food28, c.treats28, c.under_floor28
from (
  select client_id,
    array(select (e->>'exerciseId')::uuid from jsonb_array_elements(targets->'exercises') e) as assigned,
    (targets#>>'{program,cardio,minutesPerSession}')::int as cardio_minutes,
    (targets#>>'{program,hiit,minMinutes}')::int as hiit_minutes,
    (targets#>>'{calories,floorKcal}')::int as floor_kcal,
    (targets#>>'{calories,targetKcal}')::int as target_kcal,
    (targets#>>'{program,food,proteinEveryMeal}')::boolean as protein_every_meal,
    (targets#>>'{program,food,fatServingsMin}')::int as fat_min,
    (targets#>>'{program,food,vegServingsMin}')::int as veg_min,
    greatest(start_date, $2::date - 27) as from28,
    greatest(start_date, $2::date - 6) as from7,
    least($2::date, start_date + weeks * 7 - 1, coalesce(ended_on, $2::date)) as last_day
  from assignments
  where coach_id = $1 and status = 'active'
) a
cross join lateral (
  select
    count(*) filter (where date >= a.from7)::int as logged7,
    count(*) filter (where date >= a.from7 and strength)::int as strength7,
    count(*) filter (where date >= a.from7 and cardio_minutes >= a.cardio_minutes)::int as cardio7,
    count(*) filter (where date >= a.from7 and hiit)::int as hiit7,
    count(*) filter (where date >= a.from7 and calories)::int as calories7,
    count(*) filter (where date >= a.from7 and food)::int as food7,
    coalesce(sum(treats) filter (where date >= a.from7), 0)::int as treats7,
    count(*) filter (where date >= a.from7 and under_floor)::int as under_floor7,
    max(date) filter (where date >= a.from7)::text as last_logged7,
    count(*)::int as logged28,
    count(*) filter (where strength)::int as strength28,
    count(*) filter (where cardio_minutes >= a.cardio_minutes)::int as cardio28,
    count(*) filter (where hiit)::int as hiit28,
    count(*) filter (where calories)::int as calories28,
    count(*) filter (where food)::int as food28,
    coalesce(sum(treats), 0)::int as treats28,
    count(*) filter (where under_floor)::int as under_floor28
  from (
    select date, bool_or(strength) as strength, sum(cardio_minutes) as cardio_minutes, bool_or(hiit) as hiit,
      bool_or(calories) as calories, bool_or(food) as food, sum(treats) as treats, bool_or(under_floor) as under_floor
    from (
      select d.date, false as strength, null::int as cardio_minutes, false as hiit,
        coalesce(d.calories between a.floor_kcal and a.target_kcal, false) as calories,
        coalesce(d.meals >= 1 and (not a.protein_every_meal or coalesce(d.protein_meals, 0) >= d.meals)
          and coalesce(d.fat_servings, 0) >= a.fat_min and coalesce(d.veg_servings, 0) >= a.veg_min, false) as food,
        coalesce(d.treats, 0) as treats,
        coalesce(d.calories < a.floor_kcal, false) as under_floor
      from day_logs d
      where d.client_id = a.client_id and d.date between a.from28 and a.last_day
      union all
      select w.date,
        coalesce(w.kind = 'strength' and w.exercise_id = any(a.assigned) and jsonb_array_length(w.sets) >= 1, false),
        case when w.kind = 'cardio' then coalesce(w.minutes, 0) end,
        coalesce(w.kind = 'hiit' and w.minutes >= a.hiit_minutes, false),
        false, false, 0, false
      from workout_logs w
      where w.client_id = a.client_id and w.date between a.from28 and a.last_day
    ) facts
    group by date
  ) per_day
) c`;
}

export function rosterFloor(sql: Sql, coachId: string, today: IsoDate): Promise<FloorRow[]> {
  return sql.unsafe<FloorRow[]>(rosterFloorText(), [coachId, today], { prepare: true });
}
