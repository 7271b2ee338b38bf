import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DayFact, StepScores } from '../../src';
import {
  addDays,
  computeAdherence,
  countStepDays,
  isSettling,
  STEP_IDS,
  weeklyAdherence,
} from '../../src';
import { dateArb, scenarioArb, START, workoutArb, type Scenario } from './arbitraries';

/** Property tests over random assignments, targets and diaries (see README.md "Properties"). */

function scoresOf(s: Scenario, days = s.days, workouts = s.workouts): StepScores {
  const range = s.window ? { from: s.window[0], to: addDays(s.window[0], s.window[1]) } : {};
  return computeAdherence({ assignment: s.assignment, days, workouts, today: s.today, ...range })
    .scores;
}

const SCORE_KEYS = [...STEP_IDS, 'overall'] as const;
const EPS = 1e-12;
/** More runs than the default: the interesting cases (two facts on one counted day) are rare. */
const RUNS = { numRuns: 500 };

/** `after` is never above `before`; "no data yet" (null) may stand for any score. */
function expectNoneHigher(
  after: StepScores,
  before: StepScores,
  keys: ReadonlyArray<(typeof SCORE_KEYS)[number]>,
) {
  for (const k of keys) {
    if (before[k] === null || after[k] === null) continue;
    else expect(after[k]).toBeLessThanOrEqual(before[k] + EPS);
  }
}

describe('adherence properties', () => {
  it('keeps every score in [0, 1], or all null when no day counts', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const results = [computeAdherence({ ...s }), ...weeklyAdherence(s)];
        for (const { counts, scores } of results) {
          const values = SCORE_KEYS.map((k) => scores[k]);
          const settlingEmpty = isSettling(START, s.today) && counts.loggedDays === 0;
          if (counts.countedDays === 0 || settlingEmpty)
            expect(values.every((v) => v === null)).toBe(true);
          else for (const v of values) expect(v !== null && v >= 0 && v <= 1).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('never counts more days than the range holds', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { counts } = computeAdherence({ ...s });
        for (const k of [
          'loggedDays',
          'strengthSessions',
          'cardioDays',
          'hiitDays',
          'calorieDays',
          'foodDays',
          'underFloorDays',
        ] as const) {
          expect(counts[k]).toBeLessThanOrEqual(counts.countedDays);
        }
        for (const k of [
          'strengthSessions',
          'cardioDays',
          'hiitDays',
          'calorieDays',
          'foodDays',
          'underFloorDays',
        ] as const) {
          expect(counts[k]).toBeLessThanOrEqual(counts.loggedDays);
        }
      }),
      RUNS,
    );
  });

  it('adds up: the weeks of an assignment hold exactly the counts of the whole', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const whole = computeAdherence({ ...s }).counts;
        const weeks = weeklyAdherence(s).map((w) => w.counts);
        for (const k of [
          'countedDays',
          'loggedDays',
          'strengthSessions',
          'cardioDays',
          'hiitDays',
          'calorieDays',
          'foodDays',
          'treats',
          'underFloorDays',
        ] as const) {
          expect(weeks.reduce((sum, c) => sum + c[k], 0)).toBe(whole[k]);
        }
      }),
      RUNS,
    );
  });

  it('removing what was logged on a day never raises a score (treats and overall: unless that day had treats)', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), (s, pick) => {
        const dates = [
          ...new Set([...s.days.map((d) => d.date), ...s.workouts.map((w) => w.date)]),
        ];
        fc.pre(dates.length > 0);
        const date = dates[pick % dates.length]!;
        // Today counts early only because it has a log; removing it removes the day itself.
        fc.pre(date !== s.today);
        const before = scoresOf(s);
        const after = scoresOf(
          s,
          s.days.filter((d) => d.date !== date),
          s.workouts.filter((w) => w.date !== date),
        );
        const hadTreats = (s.days.find((d) => d.date === date)?.treats ?? 0) > 0;
        expectNoneHigher(
          after,
          before,
          hadTreats ? ['strength', 'cardio', 'hiit', 'calories', 'food'] : SCORE_KEYS,
        );
      }),
      RUNS,
    );
  });

  it('removing a single workout never raises any score', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), (s, pick) => {
        fc.pre(s.workouts.length > 0);
        const i = pick % s.workouts.length;
        fc.pre(s.workouts[i]!.date !== s.today);
        expectNoneHigher(scoresOf(s, s.days, s.workouts.toSpliced(i, 1)), scoresOf(s), SCORE_KEYS);
      }),
      RUNS,
    );
  });

  it('adding a workout never lowers any score', () => {
    fc.assert(
      fc.property(scenarioArb, workoutArb, fc.nat(), (s, extra, pick) => {
        // Half the time on a day that already has workouts, where interactions between them show.
        const sameDay =
          s.workouts.length > 0 && pick % 2 === 0
            ? { date: s.workouts[pick % s.workouts.length]!.date }
            : {};
        // A first log for today makes today count early: one more day in the denominator.
        fc.pre((sameDay.date ?? extra.date) !== s.today);
        expectNoneHigher(
          scoresOf(s),
          scoresOf(s, s.days, [...s.workouts, { ...extra, ...sameDay }]),
          SCORE_KEYS,
        );
      }),
      RUNS,
    );
  });

  it('adding a day log that meets the targets, on a day without one, never lowers any score', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        dateArb,
        fc.integer({ min: 1, max: 6 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (s, date, meals, kcal, fat, veg) => {
          fc.pre(!s.days.some((d) => d.date === date));
          fc.pre(date !== s.today);
          const { calories, program } = s.assignment.targets;
          const good: DayFact = {
            date,
            calories: calories.floorKcal + (kcal % (calories.targetKcal - calories.floorKcal + 1)),
            meals,
            proteinMeals: meals,
            fatServings: program.food.fatServingsMin + (fat % 3),
            vegServings: program.food.vegServingsMin + (veg % 3),
            treats: 0,
            plannedTreats: 0,
            weightKg: null,
          };
          const before = scoresOf(s);
          const after = scoresOf(s, [...s.days, good], s.workouts);
          expectNoneHigher(before, after, SCORE_KEYS);
          // And it does count: inside the counted range the day scores on calories and food.
          const { range } = computeAdherence({ ...s });
          if (range && date >= range.from && date <= range.to) {
            const c = countStepDays({
              days: [good],
              workouts: [],
              targets: s.assignment.targets,
              range,
            });
            expect([c.calorieDays, c.foodDays]).toEqual([1, 1]);
          }
        },
      ),
      RUNS,
    );
  });
});
