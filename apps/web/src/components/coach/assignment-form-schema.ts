import { z } from 'zod';
import {
  exerciseListSchema,
  validateCalorieTarget,
  weightToKg,
  type Sex,
  type UnitSystem,
} from '@sixstep/domain';
import {
  assignmentCreateSchema,
  assignmentUpdateSchema,
  exerciseChoiceSchema,
} from '@sixstep/api/schemas';

const api = assignmentCreateSchema.shape;
const choice = exerciseChoiceSchema.shape;

/**
 * The assign / adjust form, loads typed in the coach's unit. Every rule is the API's own schema
 * (weeks, the exercise list and its limits, sets, reps, load in kg, calories) plus the floor rule
 * the API applies (validateCalorieTarget), so both refuse the same input and a new copy of a
 * rule cannot drift (apps/web/src/components/coach/assignment-form-schema.test.ts).
 */
export function assignmentFormSchema(sex: Sex, unit: UnitSystem) {
  return z
    .object({
      programId: z.string().min(1, 'Choose a program template').pipe(api.programId),
      startDate: api.startDate,
      weeks: api.weeks,
      exercises: exerciseListSchema(
        z.object({
          exerciseId: z.string().min(1, 'Choose an exercise').pipe(choice.exerciseId),
          sets: choice.sets,
          reps: choice.reps,
          /** Typed in the coach's unit, null for body weight; checked and sent in kg. */
          load: z
            .number({ error: 'Load must be a number' })
            .nullable()
            .transform((load) =>
              load === null ? null : Math.round(weightToKg(load, unit) * 100) / 100,
            )
            .pipe(choice.loadKg.unwrap()),
        }),
      ),
      /** When adjusting: the first day the new targets apply (the API refuses a past day). */
      effectiveFrom: assignmentUpdateSchema.shape.effectiveFrom,
      targetKcal: z
        .number({ error: 'Daily calorie target must be a number (kcal)' })
        .pipe(api.targets.unwrap().shape.calories.unwrap().shape.targetKcal),
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
