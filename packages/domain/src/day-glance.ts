import { countStepDays } from './adherence/count';
import type { DayFact, WorkoutFact } from './adherence/facts';
import { isCardioDay, isHiitDay, isStrengthSession } from './adherence/qualifies';
import type { IsoDate } from './dates';
import type { AssignmentTargets } from './program';

/**
 * How a day and its program week stand against each step, in numbers a client reads at a glance
 * ("1,420 / 1,559 kcal", "2 of 3 strength sessions"), and the one next thing to do. The week is
 * counted from its first day up to the day shown, with the same rules as adherence.
 */
export interface DayGlance {
  day: {
    calories: { eaten: number | null; target: number; floor: number };
    proteinMeals: { done: number | null; meals: number | null };
    fatServings: { eaten: number | null; min: number; max: number };
    vegServings: { eaten: number | null; min: number };
    strengthDone: boolean;
    cardioDone: boolean;
    hiitDone: boolean;
  };
  week: {
    strength: { done: number; target: number };
    cardio: { done: number; target: number };
    hiit: { done: number; target: number };
    /** Days so far this week whose intake was within [floor, target], out of the days counted. */
    calorieDays: { done: number; of: number };
    foodDays: { done: number; of: number };
    treats: { eaten: number; allowance: number };
  };
  next: NextStep;
}

export type NextStep =
  | { kind: 'strength' | 'cardio' | 'hiit'; doneThisWeek: number; target: number }
  | { kind: 'log-food' }
  | { kind: 'done' };

/**
 * The next thing to do on `date`: a workout step still short this week and not yet done that day
 * (strength, then cardio, then HIIT: the order of the program), otherwise logging the day's food,
 * otherwise nothing: the day is done.
 */
function nextStep(glance: Omit<DayGlance, 'next'>): NextStep {
  const { day, week } = glance;
  const workouts = [
    { kind: 'strength', doneToday: day.strengthDone, ...week.strength },
    { kind: 'cardio', doneToday: day.cardioDone, ...week.cardio },
    { kind: 'hiit', doneToday: day.hiitDone, ...week.hiit },
  ] as const;
  for (const step of workouts)
    if (!step.doneToday && step.done < step.target)
      return { kind: step.kind, doneThisWeek: step.done, target: step.target };
  if (day.calories.eaten === null) return { kind: 'log-food' };
  return { kind: 'done' };
}

export function glanceAtDay({
  date,
  weekStart,
  targets,
  days,
  workouts,
}: {
  date: IsoDate;
  /** First day of the program week containing `date`. */
  weekStart: IsoDate;
  targets: AssignmentTargets;
  days: ReadonlyArray<DayFact>;
  workouts: ReadonlyArray<WorkoutFact>;
}): DayGlance {
  const { program, calories } = targets;
  const counts = countStepDays({ days, workouts, targets, range: { from: weekStart, to: date } });
  const today = days.find((d) => d.date === date);
  const todaysWorkouts = workouts.filter((w) => w.date === date);
  const assigned = new Set(targets.exercises.map((e) => e.exerciseId));
  const glance = {
    day: {
      calories: {
        eaten: today?.calories ?? null,
        target: calories.targetKcal,
        floor: calories.floorKcal,
      },
      proteinMeals: { done: today?.proteinMeals ?? null, meals: today?.meals ?? null },
      fatServings: {
        eaten: today?.fatServings ?? null,
        min: program.food.fatServingsMin,
        max: program.food.fatServingsMax,
      },
      vegServings: { eaten: today?.vegServings ?? null, min: program.food.vegServingsMin },
      strengthDone: isStrengthSession(todaysWorkouts, assigned),
      cardioDone: isCardioDay(todaysWorkouts, program.cardio.minutesPerSession),
      hiitDone: isHiitDay(todaysWorkouts, program.hiit.minMinutes),
    },
    week: {
      strength: { done: counts.strengthSessions, target: program.strength.sessionsPerWeek },
      cardio: { done: counts.cardioDays, target: program.cardio.sessionsPerWeek },
      hiit: { done: counts.hiitDays, target: program.hiit.sessionsPerWeek },
      calorieDays: { done: counts.calorieDays, of: counts.countedDays },
      foodDays: { done: counts.foodDays, of: counts.countedDays },
      treats: { eaten: counts.treats, allowance: program.treats.allowancePerWeek },
    },
  };
  return { ...glance, next: nextStep(glance) };
}
