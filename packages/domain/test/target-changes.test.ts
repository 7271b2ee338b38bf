import { describe, expect, it } from 'vitest';
import { targetChanges } from '../src';
import { makeTargets } from './adherence/fixtures';

describe('targetChanges', () => {
  it('lists each changed field with its before and after values', () => {
    const before = makeTargets();
    const after = {
      ...makeTargets({ cardio: { sessionsPerWeek: 3 } }),
      calories: { targetKcal: 1450, floorKcal: 1300 },
    };
    expect(targetChanges(before, after)).toEqual([
      { field: 'calories.targetKcal', before: 1800, after: 1450 },
      { field: 'program.cardio.sessionsPerWeek', before: 4, after: 3 },
    ]);
  });

  it('describes a changed exercise list in one line each side', () => {
    const before = makeTargets();
    const after = { ...before, exercises: [{ ...before.exercises[0]!, reps: 10 }] };
    expect(targetChanges(before, after)).toEqual([
      {
        field: 'exercises',
        before: 'Cable lat pulldown 3×12 @ 25 kg, Renegade row 3×12 @ 4 kg',
        after: 'Cable lat pulldown 3×10 @ 25 kg',
      },
    ]);
  });

  it('finds nothing when nothing changed', () => {
    expect(targetChanges(makeTargets(), makeTargets())).toEqual([]);
  });
});
