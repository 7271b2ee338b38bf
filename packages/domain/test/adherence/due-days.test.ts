import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AdherenceAssignment, StepScores } from '../../src';
import { addDays, adherenceFlags, computeAdherence, STEP_IDS, weeklyAdherence } from '../../src';
import { dayArb, scenarioArb, targetsArb, workoutArb } from './arbitraries';

/**
 * Properties of "a day counts when it is over, or earlier when something is logged for it"
 * and of the settling-in period (see README.md).
 */

const RUNS = { numRuns: 300 };
const SCORE_KEYS = [...STEP_IDS, 'overall'] as const;
const EPS = 1e-12;

function expectSame(a: StepScores, b: StepScores) {
  for (const k of SCORE_KEYS) {
    if (a[k] === null || b[k] === null) expect(a[k]).toBe(b[k]);
    else expect(a[k]).toBeCloseTo(b[k], 12);
  }
}

describe('due days', () => {
  it('never flags an assignment started today, whatever was logged and whatever the targets', () => {
    fc.assert(
      fc.property(
        targetsArb,
        fc.integer({ min: 1, max: 12 }),
        fc.array(dayArb, { maxLength: 20 }),
        fc.array(workoutArb, { maxLength: 20 }),
        fc.integer({ min: 0, max: 40 }),
        (targets, weeks, days, workouts, offset) => {
          // Any start date: the facts' dates are spread around it.
          const today = addDays('2025-03-03', offset);
          const assignment: AdherenceAssignment = {
            startDate: today,
            weeks,
            endedOn: null,
            targets,
          };
          expect(adherenceFlags({ assignment, days, workouts, today })).toEqual({
            behind: false,
            silent: false,
            underFloor: false,
          });
        },
      ),
      RUNS,
    );
  });

  it("a day's ending lowers a score only when nothing was logged for it", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const tomorrow = addDays(s.today, 1);
        // Nothing logged for tomorrow yet: only the passing of today differs.
        const days = s.days.filter((d) => d.date <= s.today);
        const workouts = s.workouts.filter((w) => w.date <= s.today);
        const loggedToday =
          days.some((d) => d.date === s.today) || workouts.some((w) => w.date === s.today);
        const at = (today: string) => ({ assignment: s.assignment, days, workouts, today });
        const ranges = [
          computeAdherence(at(s.today)),
          ...weeklyAdherence(at(s.today)).map((w) =>
            computeAdherence({ ...at(s.today), from: w.startDate, to: w.endDate }),
          ),
        ];
        const later = [
          computeAdherence(at(tomorrow)),
          ...weeklyAdherence(at(s.today)).map((w) =>
            computeAdherence({ ...at(tomorrow), from: w.startDate, to: w.endDate }),
          ),
        ];
        ranges.forEach((before, i) => {
          const after = later[i]!;
          if (loggedToday && before.scores.overall !== null)
            expectSame(after.scores, before.scores);
          else
            for (const k of SCORE_KEYS)
              if (before.scores[k] !== null && after.scores[k] !== null)
                expect(after.scores[k]).toBeLessThanOrEqual(before.scores[k] + EPS);
        });
      }),
      RUNS,
    );
  });
});
