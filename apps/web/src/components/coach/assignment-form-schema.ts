import { z } from 'zod';
import {
  calorieTargetsSchema,
  isoDateSchema,
  prescribedExerciseSchema,
  validateCalorieTarget,
  type Sex,
} from '@sixstep/domain';

export const EXERCISES_MIN = 2;
export const EXERCISES_MAX = 3;

/**
 * The assign / adjust form, in the coach's unit for loads. Built from the domain's own schemas
 * and the same floor rule the API applies (validateCalorieTarget), so both refuse the same input.
 */
export function assignmentFormSchema(sex: Sex) {
  return z
    .object({
      programId: z.string().uuid('Choose a program template'),
      startDate: isoDateSchema,
      weeks: z
        .number({ error: 'Length must be a number of weeks' })
        .int('Length must be a whole number of weeks')
        .min(1, 'Length must be at least 1 week')
        .max(52, 'Length must be at most 52 weeks'),
      exercises: z
        .array(
          z.object({
            exerciseId: z.string().uuid('Choose an exercise'),
            sets: prescribedExerciseSchema.shape.sets,
            reps: prescribedExerciseSchema.shape.reps,
            /** In the coach's unit; null for body weight. */
            load: z
              .number({ error: 'Load must be a number' })
              .min(0, 'Load cannot be negative')
              .max(1000, 'Load is too heavy')
              .nullable(),
          }),
        )
        .min(EXERCISES_MIN, `Choose at least ${EXERCISES_MIN} exercises`)
        .max(EXERCISES_MAX, `Choose at most ${EXERCISES_MAX} exercises`)
        .superRefine((list, ctx) => {
          const seen = new Set<string>();
          list.forEach((e, i) => {
            if (seen.has(e.exerciseId))
              ctx.addIssue({
                code: 'custom',
                path: [i, 'exerciseId'],
                message: 'This exercise is already chosen',
              });
            seen.add(e.exerciseId);
          });
        }),
      /** When adjusting: the first day the new targets apply (the API refuses a past day). */
      effectiveFrom: isoDateSchema.optional(),
      targetKcal: z
        .number({ error: 'Daily calorie target must be a number (kcal)' })
        .pipe(calorieTargetsSchema.shape.targetKcal),
    })
    .superRefine((values, ctx) => {
      const problem = validateCalorieTarget(values.targetKcal, sex);
      if (problem)
        ctx.addIssue({
          code: 'custom',
          path: ['targetKcal'],
          message: `Daily calorie target: ${problem}`,
        });
    });
}

export type AssignmentFormInput = z.input<ReturnType<typeof assignmentFormSchema>>;
export type AssignmentFormValues = z.output<ReturnType<typeof assignmentFormSchema>>;
