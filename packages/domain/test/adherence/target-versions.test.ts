import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AdherenceAssignment, AssignmentTargets, TargetVersion } from '../../src';
import {
  addDays,
  computeAdherence,
  segmentsByVersion,
  STEP_IDS,
  targetsOn,
  weeklyAdherence,
} from '../../src';
import { dateArb, scenarioArb, START, targetsArb } from './arbitraries';
import { goodDay, makeAssignment, makeTargets, strength } from './fixtures';

const RUNS = { numRuns: 300 };
const SCORE_KEYS = [...STEP_IDS, 'overall'] as const;

function withCalories(targets: AssignmentTargets, targetKcal: number): AssignmentTargets {
  return { ...targets, calories: { ...targets.calories, targetKcal } };
}

describe('target versions', () => {
  const v1 = makeTargets();
  const v2 = withCalories(v1, 1500);
  const versions: TargetVersion[] = [
    { effectiveFrom: '2025-03-03', targets: v1 },
    { effectiveFrom: '2025-03-06', targets: v2 },
  ];

  it('finds the version in effect on a day; days before the first take the first', () => {
    expect(targetsOn(versions, '2025-03-01')).toBe(v1);
    expect(targetsOn(versions, '2025-03-05')).toBe(v1);
    expect(targetsOn(versions, '2025-03-06')).toBe(v2);
    expect(targetsOn(versions, '2025-04-30')).toBe(v2);
  });

  it('splits a range where a version begins', () => {
    expect(
      segmentsByVersion(versions, { from: '2025-03-03', to: '2025-03-09' }).map((s) => [
        s.range,
        s.targets.calories.targetKcal,
      ]),
    ).toEqual([
      [{ from: '2025-03-03', to: '2025-03-05' }, 1800],
      [{ from: '2025-03-06', to: '2025-03-09' }, 1500],
    ]);
    expect(segmentsByVersion(versions, { from: '2025-03-07', to: '2025-03-08' })).toHaveLength(1);
  });

  it('scores each day of a week against the targets in effect on it (a change mid-week)', () => {
    // 1,600 kcal every day: within 1,800 until Wednesday, over the 1,500 target from Thursday.
    const assignment = makeAssignment({ targets: v2, targetVersions: versions });
    const days = ['03', '04', '05', '06', '07', '08', '09'].map((d) => goodDay(`2025-03-${d}`));
    const [week] = weeklyAdherence({ assignment, days, workouts: [], today: '2025-03-20' });
    expect(week!.counts.calorieDays).toBe(3);
    expect(week!.scores.calories).toBeCloseTo(3 / 7, 12);
  });

  it('pro-rates weekly targets over the days each version was in effect', () => {
    // 2 strength sessions a week for 3 days, then 5 a week for 4 days: 2·3/7 + 5·4/7 = 26/7 expected.
    const two = makeTargets({ strength: { sessionsPerWeek: 2, minSessionsPerWeek: 1 } });
    const five = makeTargets({ strength: { sessionsPerWeek: 5, minSessionsPerWeek: 1 } });
    const assignment = makeAssignment({
      targets: five,
      targetVersions: [
        { effectiveFrom: '2025-03-03', targets: two },
        { effectiveFrom: '2025-03-06', targets: five },
      ],
    });
    const workouts = ['03', '05', '07'].map((d) => strength(`2025-03-${d}`));
    const result = computeAdherence({
      assignment,
      days: [],
      workouts,
      from: '2025-03-03',
      to: '2025-03-09',
      today: '2025-03-20',
    });
    expect(result.scores.strength).toBeCloseTo(3 / (26 / 7), 12);
  });

  it("never changes a past week's score when targets change from today or later (property)", () => {
    fc.assert(
      fc.property(
        scenarioArb,
        targetsArb,
        fc.integer({ min: 0, max: 10 }),
        fc.option(fc.tuple(dateArb, targetsArb), { nil: null }),
        (s, next, later, earlier) => {
          // An earlier change, possibly in the middle of a week, already in the history.
          const history: TargetVersion[] = [
            { effectiveFrom: START, targets: s.assignment.targets },
          ];
          if (earlier && earlier[0] > START && earlier[0] <= s.today)
            history.push({ effectiveFrom: earlier[0], targets: earlier[1] });
          const changeOn = addDays(s.today, later);
          const before: AdherenceAssignment = { ...s.assignment, targetVersions: history };
          const after: AdherenceAssignment = {
            ...s.assignment,
            targets: next,
            targetVersions: [...history, { effectiveFrom: changeOn, targets: next }],
          };
          const weeksBefore = weeklyAdherence({ ...s, assignment: before });
          const weeksAfter = weeklyAdherence({ ...s, assignment: after });
          weeksBefore.forEach((week, i) => {
            // Past weeks; and in the current week, the days before the change.
            if (week.endDate < s.today) expect(weeksAfter[i]!.scores).toEqual(week.scores);
            const partTo = addDays(changeOn, -1);
            if (week.startDate <= partTo) {
              const part = (assignment: AdherenceAssignment) =>
                computeAdherence({ ...s, assignment, from: week.startDate, to: partTo }).scores;
              const a = part(before);
              const b = part(after);
              for (const k of SCORE_KEYS) expect(b[k]).toBe(a[k]);
            }
          });
        },
      ),
      RUNS,
    );
  });
});
