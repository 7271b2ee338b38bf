import { z } from 'zod';
import { EXERCISE_CATEGORIES } from '@sixstep/domain';

/** Input schemas for the exercise catalog, shared by the API and the web forms. */

export const EXERCISE_LIMITS = {
  nameMin: 2,
  nameMax: 80,
  slugMax: 80,
  listItems: 12,
  listItemLength: 40,
  instructionsMax: 4000,
  difficultyMin: 1,
  difficultyMax: 5,
} as const;

export const exerciseIdSchema = z.string().uuid('Not a valid exercise id');

export const exerciseSlugSchema = z
  .string()
  .trim()
  .min(2, 'Slug must be at least 2 characters')
  .max(EXERCISE_LIMITS.slugMax, `Slug must be at most ${EXERCISE_LIMITS.slugMax} characters`)
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'Slug must be lower-case words joined by hyphens (e.g. "pull-up")',
  );

const shortList = (what: string) =>
  z
    .array(
      z
        .string()
        .trim()
        .min(1, `Each ${what} needs a name`)
        .max(
          EXERCISE_LIMITS.listItemLength,
          `Each ${what} must be at most ${EXERCISE_LIMITS.listItemLength} characters`,
        ),
    )
    .max(EXERCISE_LIMITS.listItems, `At most ${EXERCISE_LIMITS.listItems} ${what} entries`)
    .transform((items) => [...new Set(items)]);

export const exerciseFieldsSchema = z.object({
  slug: exerciseSlugSchema,
  name: z
    .string()
    .trim()
    .min(EXERCISE_LIMITS.nameMin, `Name must be at least ${EXERCISE_LIMITS.nameMin} characters`)
    .max(EXERCISE_LIMITS.nameMax, `Name must be at most ${EXERCISE_LIMITS.nameMax} characters`),
  category: z.enum(EXERCISE_CATEGORIES, {
    error: `Category must be one of ${EXERCISE_CATEGORIES.join(', ')}`,
  }),
  muscles: shortList('muscle'),
  equipment: shortList('equipment'),
  instructions: z
    .string()
    .trim()
    .max(
      EXERCISE_LIMITS.instructionsMax,
      `Instructions must be at most ${EXERCISE_LIMITS.instructionsMax} characters`,
    ),
  mediaUrl: z
    .url({
      protocol: /^https$/,
      hostname: z.regexes.domain,
      error: 'Media URL must be an https:// address',
    })
    .max(2000, 'Media URL is too long')
    .nullable(),
  difficulty: z
    .number({ error: 'Difficulty must be a number from 1 to 5' })
    .int('Difficulty must be a whole number')
    .min(EXERCISE_LIMITS.difficultyMin, 'Difficulty must be from 1 to 5')
    .max(EXERCISE_LIMITS.difficultyMax, 'Difficulty must be from 1 to 5'),
  /** The next harder exercise on a progression ladder; null ends the ladder. */
  progressionId: exerciseIdSchema.nullable(),
});
export type ExerciseFields = z.infer<typeof exerciseFieldsSchema>;

export const exerciseCreateSchema = exerciseFieldsSchema.extend({
  muscles: exerciseFieldsSchema.shape.muscles.default([]),
  equipment: exerciseFieldsSchema.shape.equipment.default([]),
  instructions: exerciseFieldsSchema.shape.instructions.default(''),
  mediaUrl: exerciseFieldsSchema.shape.mediaUrl.default(null),
  difficulty: exerciseFieldsSchema.shape.difficulty.default(1),
  progressionId: exerciseFieldsSchema.shape.progressionId.default(null),
});
export type ExerciseCreateInput = z.infer<typeof exerciseCreateSchema>;

/** Only the fields sent change; `version` is the one the editor read (stale → CONFLICT). */
export const exerciseUpdateSchema = exerciseFieldsSchema.partial().extend({
  id: exerciseIdSchema,
  version: z.number().int().min(1),
});
export type ExerciseUpdateInput = z.infer<typeof exerciseUpdateSchema>;

export const exerciseListSchema = z.object({
  search: z.string().trim().max(80, 'Search must be at most 80 characters').optional(),
  category: z.enum(EXERCISE_CATEGORIES).optional(),
  /** Admin only. */
  includeArchived: z.boolean().default(false),
  limit: z.number().int().min(1).max(100).default(50),
  /** `nextCursor` of the previous page. */
  cursor: z.string().max(400).optional(),
});
export type ExerciseListInput = z.infer<typeof exerciseListSchema>;

export const exerciseArchiveSchema = z.object({
  id: exerciseIdSchema,
  version: z.number().int().min(1).optional(),
});
export const exerciseByIdSchema = z.object({ id: exerciseIdSchema });
