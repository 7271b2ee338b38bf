import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_EXERCISES,
  ASSIGNMENT_WEEKS,
  EXERCISE_EDITABLE_FIELDS,
  ROSTER_FLAG_FILTERS,
} from '@sixstep/domain';
import {
  assignmentCreateSchema,
  assignmentTargetsInputSchema,
  exerciseFieldsSchema,
  rosterFilterSchema,
} from '../src/schemas';

/** The API's input schemas take their product rules from the domain: a restated copy fails here. */
describe("the API's schemas follow the domain's rules", () => {
  const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

  it('exercises per assignment', () => {
    const accepted = [];
    for (let n = 0; n <= ASSIGNMENT_EXERCISES.max + 2; n++) {
      const exercises = Array.from({ length: n }, (_, i) => ({
        exerciseId: id(i),
        sets: 3,
        reps: 12,
      }));
      if (assignmentTargetsInputSchema.safeParse({ exercises }).success) accepted.push(n);
    }
    expect([accepted[0], accepted.at(-1)]).toEqual([
      ASSIGNMENT_EXERCISES.min,
      ASSIGNMENT_EXERCISES.max,
    ]);
  });

  it('weeks of an assignment', () => {
    const weeks = assignmentCreateSchema.shape.weeks;
    expect(weeks.safeParse(ASSIGNMENT_WEEKS.min).success).toBe(true);
    expect(weeks.safeParse(ASSIGNMENT_WEEKS.max).success).toBe(true);
    expect(weeks.safeParse(ASSIGNMENT_WEEKS.min - 1).success).toBe(false);
    expect(weeks.safeParse(ASSIGNMENT_WEEKS.max + 1).success).toBe(false);
  });

  it("the roster's flag filters and the exercise's editable fields", () => {
    expect(rosterFilterSchema.unwrap().shape.flag.unwrap().options).toEqual([
      ...ROSTER_FLAG_FILTERS,
    ]);
    expect(Object.keys(exerciseFieldsSchema.shape)).toEqual([...EXERCISE_EDITABLE_FIELDS]);
  });
});
