import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  ASSIGNMENT_EXERCISES,
  assignmentWeekOf,
  assignmentWeeksSchema,
  daysBetween,
  defaultEndDate,
  defaultPrescription,
  DEFAULT_PROGRAM_TARGETS,
  endDateProblem,
  exerciseListSchema,
  prescribedExerciseSchema,
  treatsThisWeek,
} from '../src';
import { z } from 'zod';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const choices = (ids: string[]) => ids.map((exerciseId) => ({ exerciseId }));
const list = exerciseListSchema(z.object({ exerciseId: z.string() }));

describe('exercise list', () => {
  it(`accepts ${ASSIGNMENT_EXERCISES.min} to ${ASSIGNMENT_EXERCISES.max} exercises and nothing else`, () => {
    for (let n = 0; n <= ASSIGNMENT_EXERCISES.max + 2; n++) {
      const ok = n >= ASSIGNMENT_EXERCISES.min && n <= ASSIGNMENT_EXERCISES.max;
      expect(list.safeParse(choices(Array.from({ length: n }, (_, i) => id(i)))).success).toBe(ok);
    }
  });

  it('names the second copy of an exercise chosen twice', () => {
    const result = list.safeParse(choices([id(1), id(2), id(1)]));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path, i.message])).toEqual([
      [[2, 'exerciseId'], 'This exercise is already chosen'],
    ]);
  });
});

describe('weeks', () => {
  it('is a whole number from 1 to 52', () => {
    expect([0, 1, 52, 53, 2.5].map((w) => assignmentWeeksSchema.safeParse(w).success)).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('defaultPrescription', () => {
  const strength = DEFAULT_PROGRAM_TARGETS.strength;
  it("takes the template's live strength suggestions in order, with its sets and reps", () => {
    const suggested = [
      { id: id(1), name: 'Row', category: 'strength' as const, archived: false },
      { id: id(2), name: 'Bike', category: 'cardio' as const, archived: false },
      { id: id(3), name: 'Old', category: 'strength' as const, archived: true },
      { id: id(4), name: 'Pull-up', category: 'strength' as const, archived: false },
    ];
    expect(defaultPrescription(strength, suggested)).toEqual([
      { exerciseId: id(1), name: 'Row', sets: 3, reps: 12, loadKg: null },
      { exerciseId: id(4), name: 'Pull-up', sets: 3, reps: 12, loadKg: null },
    ]);
  });

  it('never prescribes more than the list allows, and what it gives passes the list rule', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), (n) => {
        const suggested = Array.from({ length: n }, (_, i) => ({
          id: id(i),
          name: `E${i}`,
          category: 'strength' as const,
          archived: false,
        }));
        const picked = defaultPrescription(strength, suggested);
        expect(picked.length).toBe(Math.min(n, ASSIGNMENT_EXERCISES.max));
        if (n > 0)
          expect(exerciseListSchema(prescribedExerciseSchema).parse(picked)).toEqual(picked);
      }),
    );
  });
});

describe('assignmentWeekOf', () => {
  it('is the 7-day block from the start that contains the date', () => {
    expect(assignmentWeekOf('2025-03-03', '2025-03-03')).toEqual({
      week: 1,
      startDate: '2025-03-03',
      endDate: '2025-03-09',
    });
    expect(assignmentWeekOf('2025-03-03', '2025-03-10')).toEqual({
      week: 2,
      startDate: '2025-03-10',
      endDate: '2025-03-16',
    });
  });

  it('always contains the date, for any start and offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), (offset) => {
        const date = addDays('2025-01-01', offset);
        const week = assignmentWeekOf('2025-01-01', date);
        expect(week.startDate <= date && date <= week.endDate).toBe(true);
        expect(daysBetween(week.startDate, week.endDate)).toBe(6);
        expect(week.week).toBe(Math.floor(offset / 7) + 1);
      }),
    );
  });
});

describe('treatsThisWeek', () => {
  it('counts treats used and never leaves fewer than none', () => {
    expect(treatsThisWeek(2, [{ treats: 1 }, { treats: null }])).toEqual({
      allowancePerWeek: 2,
      usedThisWeek: 1,
      leftThisWeek: 1,
    });
    expect(treatsThisWeek(2, [{ treats: 3 }]).leftThisWeek).toBe(0);
  });
});

describe('ending an assignment', () => {
  const start = '2025-03-03';
  const today = '2025-03-20';
  it("accepts today and the coach's today a day ahead of UTC, refuses later", () => {
    expect(endDateProblem(today, start, today)).toBeNull();
    expect(endDateProblem(addDays(today, 1), start, today)).toBeNull();
    expect(endDateProblem(addDays(today, 2), start, today)).toBe(
      'An assignment cannot be ended on a future date',
    );
  });
  it('refuses a day before the start', () => {
    expect(endDateProblem('2025-03-02', start, today)).toBe(
      'The end cannot be before the start (2025-03-03)',
    );
  });
  it('defaults to today, or to the day before a start that has not come', () => {
    expect(defaultEndDate(start, today)).toBe(today);
    expect(defaultEndDate('2025-04-01', today)).toBe('2025-03-31');
  });
});
