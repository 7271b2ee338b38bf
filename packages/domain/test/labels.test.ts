import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BEHIND_THRESHOLD,
  FLAG_HINTS,
  FLAG_LABELS,
  SILENT_DAYS,
  UNDER_FLOOR_DAYS,
  flagsFromCounts,
  formatScore,
  matchesFlagFilter,
  ON_TRACK_THRESHOLD,
  ROSTER_FLAG_FILTERS,
  scoreBand,
  STEP_IDS,
  STEP_LABELS,
  EMPTY_STEP_COUNTS,
  NULL_SCORES,
} from '../src';

describe('score bands', () => {
  it('colours an overall score "bad" exactly when it flags the client as behind', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (overall) => {
        const flags = flagsFromCounts(
          { ...EMPTY_STEP_COUNTS, countedDays: 7, lastLoggedDate: '2025-03-20' },
          { ...NULL_SCORES, overall },
          '2025-03-20',
          '2025-03-01',
        );
        expect(scoreBand(overall) === 'bad').toBe(flags.behind);
      }),
    );
  });

  it('has its edges at the thresholds', () => {
    expect(scoreBand(null)).toBe('none');
    expect(scoreBand(ON_TRACK_THRESHOLD)).toBe('good');
    expect(scoreBand(BEHIND_THRESHOLD)).toBe('warn');
    expect(scoreBand(BEHIND_THRESHOLD - 0.001)).toBe('bad');
  });
});

describe('labels', () => {
  it('names every step', () => {
    expect(Object.keys(STEP_LABELS)).toEqual([...STEP_IDS]);
  });
  it('formats a score as a whole percentage, a dash when none', () => {
    expect([formatScore(null), formatScore(0.634), formatScore(1)]).toEqual(['–', '63%', '100%']);
  });
});

describe('roster flag filter', () => {
  const none = { behind: false, silent: false, underFloor: false };
  it('shows a client without an assignment only when nothing is filtered', () => {
    const unassigned = { assigned: false, flags: none };
    expect(matchesFlagFilter(unassigned, undefined)).toBe(true);
    for (const filter of ROSTER_FLAG_FILTERS)
      expect(matchesFlagFilter(unassigned, filter)).toBe(false);
  });
  it('matches one flag, any flag, or none', () => {
    const behind = { assigned: true, flags: { ...none, behind: true } };
    const onTrack = { assigned: true, flags: none };
    expect(ROSTER_FLAG_FILTERS.map((f) => matchesFlagFilter(behind, f))).toEqual([
      true,
      false,
      false,
      true,
      false,
    ]);
    expect(ROSTER_FLAG_FILTERS.map((f) => matchesFlagFilter(onTrack, f))).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
  });
});

describe('flag hints', () => {
  it('state the thresholds that raise each flag', () => {
    expect(FLAG_HINTS).toEqual({
      behind: `Overall adherence under ${BEHIND_THRESHOLD * 100} % over the last 7 days`,
      silent: `Nothing logged for ${SILENT_DAYS} days`,
      underFloor: `Intake under the calorie floor on ${UNDER_FLOOR_DAYS} or more of the last 7 days`,
    });
    expect(Object.keys(FLAG_LABELS)).toEqual(['behind', 'silent', 'underFloor']);
  });
});
