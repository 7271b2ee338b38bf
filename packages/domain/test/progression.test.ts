import { describe, expect, it } from 'vitest';
import { isCompleteSession, PULL_UP_LADDER, strengthSessionsOf, suggestNextRung } from '../src';

const prescription = { sets: 3, reps: 12 };
const full = [{ reps: 12 }, { reps: 12 }, { reps: 13 }];
const short = [{ reps: 12 }, { reps: 11 }, { reps: 12 }];
const harderExerciseId = 'harder-id';

describe('PULL_UP_LADDER', () => {
  it('runs from the lat pulldown to the pull-up', () => {
    expect(PULL_UP_LADDER[0]).toBe('cable-lat-pulldown');
    expect(PULL_UP_LADDER.at(-1)).toBe('pull-up');
    expect(new Set(PULL_UP_LADDER).size).toBe(5);
  });
});

describe('isCompleteSession', () => {
  it('needs at least the prescribed sets at the prescribed reps', () => {
    expect(isCompleteSession(prescription, { date: '2025-01-01', sets: full })).toBe(true);
    expect(isCompleteSession(prescription, { date: '2025-01-01', sets: short })).toBe(false);
    expect(
      isCompleteSession(prescription, { date: '2025-01-01', sets: [...short, { reps: 12 }] }),
    ).toBe(true);
    expect(isCompleteSession(prescription, { date: '2025-01-01', sets: full.slice(0, 2) })).toBe(
      false,
    );
    expect(isCompleteSession(prescription, { date: '2025-01-01', sets: [] })).toBe(false);
  });
});

describe('suggestNextRung', () => {
  it('suggests the harder rung after two complete sessions in a row', () => {
    const sessions = [
      { date: '2025-01-03', sets: full },
      { date: '2025-01-01', sets: full },
    ];
    expect(suggestNextRung({ prescription, sessions, harderExerciseId })).toBe(harderExerciseId);
  });

  it('looks only at the two most recent sessions, whatever the input order', () => {
    const sessions = [
      { date: '2025-01-08', sets: full },
      { date: '2024-12-20', sets: short },
      { date: '2025-01-05', sets: full },
    ];
    expect(suggestNextRung({ prescription, sessions, harderExerciseId })).toBe(harderExerciseId);
  });

  it('is not ready when the latest session fell short', () => {
    const sessions = [
      { date: '2025-01-01', sets: full },
      { date: '2025-01-03', sets: full },
      { date: '2025-01-05', sets: short },
    ];
    expect(suggestNextRung({ prescription, sessions, harderExerciseId })).toBeNull();
  });

  it('is not ready with only one complete session', () => {
    expect(
      suggestNextRung({
        prescription,
        sessions: [{ date: '2025-01-01', sets: full }],
        harderExerciseId,
      }),
    ).toBeNull();
    expect(suggestNextRung({ prescription, sessions: [], harderExerciseId })).toBeNull();
  });

  it('is not ready when a short session sits between two complete ones', () => {
    const sessions = [
      { date: '2025-01-01', sets: full },
      { date: '2025-01-03', sets: short },
      { date: '2025-01-05', sets: full },
    ];
    expect(suggestNextRung({ prescription, sessions, harderExerciseId })).toBeNull();
  });

  it('suggests nothing at the top of the ladder', () => {
    const sessions = [
      { date: '2025-01-01', sets: full },
      { date: '2025-01-03', sets: full },
    ];
    expect(suggestNextRung({ prescription, sessions, harderExerciseId: null })).toBeNull();
  });
});

describe('strengthSessionsOf', () => {
  it("adds up one day's sets of the exercise across workouts, and ignores other exercises", () => {
    const workouts = [
      { date: '2025-03-03', exerciseId: 'a', sets: [{ reps: 12 }] },
      { date: '2025-03-03', exerciseId: 'a', sets: [{ reps: 10 }, { reps: 8 }] },
      { date: '2025-03-03', exerciseId: 'b', sets: [{ reps: 5 }] },
      { date: '2025-03-05', exerciseId: 'a', sets: [{ reps: 12 }] },
    ];
    expect(strengthSessionsOf(workouts, 'a')).toEqual([
      { date: '2025-03-03', sets: [{ reps: 12 }, { reps: 10 }, { reps: 8 }] },
      { date: '2025-03-05', sets: [{ reps: 12 }] },
    ]);
  });
});
