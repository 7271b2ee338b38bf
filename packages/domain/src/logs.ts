import { z } from 'zod';
import { isoDateSchema } from './dates';
import { weightKgSchema } from './profile';
import { DAY_LOG_LIMITS, WORKOUT_LIMITS } from './log-limits';
import { EXERCISE_CATEGORIES } from './program';

/**
 * What a client may log, with real-world bounds. The API validates requests with these
 * schemas and the web forms validate with the same ones, so both refuse the same input
 * with the same message, and every issue's path names the offending field.
 */

/** A whole count between 0 and `max`, with messages that name the field. */
function countOf(label: string, max: number) {
  return z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(0, `${label} cannot be negative`)
    .max(max, `${label} must be at most ${max}`);
}

/** Optional in an upsert; null clears a value logged earlier. */
const clearable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/** One day's diary. Fields left out stay as they were; null clears them. */
export const dayLogInputSchema = z
  .object({
    date: isoDateSchema,
    calories: clearable(countOf('Calories', DAY_LOG_LIMITS.calories)),
    meals: clearable(countOf('Meals', DAY_LOG_LIMITS.meals)),
    proteinMeals: clearable(countOf('Meals with protein', DAY_LOG_LIMITS.meals)),
    fatServings: clearable(countOf('Fat servings', DAY_LOG_LIMITS.fatServings)),
    vegServings: clearable(countOf('Vegetable servings', DAY_LOG_LIMITS.vegServings)),
    treats: clearable(countOf('Treats', DAY_LOG_LIMITS.treats)),
    plannedTreats: clearable(countOf('Planned treats', DAY_LOG_LIMITS.treats)),
    weightKg: clearable(weightKgSchema),
    note: clearable(
      z
        .string({ error: 'Note must be text' })
        .trim()
        .max(
          DAY_LOG_LIMITS.noteLength,
          `Note must be at most ${DAY_LOG_LIMITS.noteLength} characters`,
        )
        // A blank note is no note.
        .transform((s) => (s === '' ? null : s)),
    ),
  })
  .superRefine((log, ctx) => {
    if (log.proteinMeals != null && log.meals != null && log.proteinMeals > log.meals)
      ctx.addIssue({
        code: 'custom',
        path: ['proteinMeals'],
        message: 'Meals with protein cannot exceed the number of meals',
      });
    if (log.plannedTreats != null && log.treats != null && log.plannedTreats > log.treats)
      ctx.addIssue({
        code: 'custom',
        path: ['plannedTreats'],
        message: 'Planned treats cannot exceed the number of treats',
      });
  });
export type DayLogInput = z.infer<typeof dayLogInputSchema>;
/** A day's diary with every field filled in (what a fully logged day stores). */
export type CompleteDayLog = { [K in keyof DayLogInput]-?: NonNullable<DayLogInput[K]> };

export const workoutSetInputSchema = z.object({
  reps: z
    .number({ error: 'Reps must be a number' })
    .int('Reps must be a whole number')
    .min(1, 'Reps must be at least 1')
    .max(WORKOUT_LIMITS.reps, `Reps must be at most ${WORKOUT_LIMITS.reps}`),
  loadKg: clearable(
    z
      .number({ error: 'Load must be a number (kg)' })
      .min(0, 'Load cannot be negative')
      .max(WORKOUT_LIMITS.loadKg, `Load must be at most ${WORKOUT_LIMITS.loadKg} kg`),
  ),
});
export type WorkoutSetInput = z.infer<typeof workoutSetInputSchema>;

/**
 * One workout. `key` is made by the client (e.g. a random id per form submission) so a
 * retried request stores the workout once.
 */
export const workoutInputSchema = z
  .object({
    key: z
      .string({ error: 'Key must be text' })
      .min(8, 'Key must be at least 8 characters')
      .max(100, 'Key must be at most 100 characters')
      .regex(/^[A-Za-z0-9_-]+$/, 'Key may only contain letters, digits, "-" and "_"'),
    date: isoDateSchema,
    kind: z.enum(EXERCISE_CATEGORIES, { error: 'Kind must be strength, cardio or hiit' }),
    exerciseId: z.uuid({ error: 'Exercise id must be a UUID' }).optional(),
    sets: z
      .array(workoutSetInputSchema, { error: 'Sets must be a list' })
      .max(WORKOUT_LIMITS.sets, `At most ${WORKOUT_LIMITS.sets} sets per workout`)
      .optional(),
    minutes: z
      .number({ error: 'Minutes must be a number' })
      .int('Minutes must be a whole number')
      .min(1, 'Minutes must be at least 1')
      .max(WORKOUT_LIMITS.minutes, `Minutes must be at most ${WORKOUT_LIMITS.minutes}`)
      .optional(),
    activity: z
      .string({ error: 'Activity must be text' })
      .trim()
      .max(
        WORKOUT_LIMITS.activityLength,
        `Activity must be at most ${WORKOUT_LIMITS.activityLength} characters`,
      )
      .optional(),
    intervals: countOf('Intervals', WORKOUT_LIMITS.intervals).optional(),
  })
  .superRefine((w, ctx) => {
    if (w.kind === 'strength') {
      if (w.exerciseId === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['exerciseId'],
          message: 'A strength workout needs an exercise',
        });
      if (!w.sets || w.sets.length === 0)
        ctx.addIssue({
          code: 'custom',
          path: ['sets'],
          message: 'A strength workout needs at least one set',
        });
    } else if (w.minutes === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['minutes'],
        message: `A ${w.kind === 'hiit' ? 'HIIT' : 'cardio'} workout needs its minutes`,
      });
    }
  });
export type WorkoutInput = z.infer<typeof workoutInputSchema>;
