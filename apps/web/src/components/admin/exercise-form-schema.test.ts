import { describe, expect, it } from 'vitest';
import { EXERCISE_EDITABLE_FIELDS } from '@sixstep/domain';
import { exerciseFieldsSchema } from '@sixstep/api/schemas';
import { exerciseFormSchema } from './exercise-form-schema';

describe('the exercise form', () => {
  it("edits exactly the catalog's editable fields, as the API's schema lists them", () => {
    expect(Object.keys(exerciseFormSchema.shape)).toEqual([...EXERCISE_EDITABLE_FIELDS]);
    expect(Object.keys(exerciseFieldsSchema.shape)).toEqual([...EXERCISE_EDITABLE_FIELDS]);
  });
});
