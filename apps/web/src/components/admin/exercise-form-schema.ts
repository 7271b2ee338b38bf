import { z } from 'zod';
import { exerciseFieldsSchema, type ExerciseFields } from '@sixstep/api/schemas';

/** "lats, biceps" in the text box → the API's list, checked by the API's own item rules. */
const commaList = (apiList: (typeof exerciseFieldsSchema.shape)['muscles']) =>
  z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .pipe(apiList);

const emptyAsNull = z.string().transform((text) => text.trim() || null);

/**
 * The exercise form: the API's field schema, with lists typed as comma-separated text and
 * empty optional fields meaning "none".
 */
export const exerciseFormSchema = exerciseFieldsSchema.extend({
  muscles: commaList(exerciseFieldsSchema.shape.muscles),
  equipment: commaList(exerciseFieldsSchema.shape.equipment),
  mediaUrl: emptyAsNull.pipe(exerciseFieldsSchema.shape.mediaUrl),
  progressionId: emptyAsNull.pipe(exerciseFieldsSchema.shape.progressionId),
});

export type ExerciseFormValues = z.input<typeof exerciseFormSchema>;

export const emptyExerciseForm: ExerciseFormValues = {
  slug: '',
  name: '',
  category: 'strength',
  muscles: '',
  equipment: '',
  instructions: '',
  mediaUrl: '',
  difficulty: 1,
  progressionId: '',
};

/** The form's text values for an exercise as stored. */
export function exerciseFormValues(exercise: ExerciseFields): ExerciseFormValues {
  return {
    slug: exercise.slug,
    name: exercise.name,
    category: exercise.category,
    muscles: exercise.muscles.join(', '),
    equipment: exercise.equipment.join(', '),
    instructions: exercise.instructions,
    mediaUrl: exercise.mediaUrl ?? '',
    difficulty: exercise.difficulty,
    progressionId: exercise.progressionId ?? '',
  };
}

/** "Negative pull-up" → "negative-pull-up". */
export function slugFromName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
