import { z } from 'zod';
import { exerciseListSchema } from './assignment';

/** The six steps, in the order the program presents them. */
export const STEP_IDS = ['strength', 'cardio', 'hiit', 'calories', 'food', 'treats'] as const;
export const stepIdSchema = z.enum(STEP_IDS);
export type StepId = z.infer<typeof stepIdSchema>;

export const SEXES = ['female', 'male'] as const;
export const sexSchema = z.enum(SEXES);
export type Sex = z.infer<typeof sexSchema>;

export const EXERCISE_CATEGORIES = ['strength', 'cardio', 'hiit'] as const;
export const exerciseCategorySchema = z.enum(EXERCISE_CATEGORIES);
export type ExerciseCategory = z.infer<typeof exerciseCategorySchema>;

/** One strength exercise as prescribed inside an assignment (a snapshot: name kept as it was). */
export const prescribedExerciseSchema = z.object({
  exerciseId: z.string().uuid(),
  name: z.string().trim().min(1).max(120),
  sets: z.number().int().min(1).max(10),
  reps: z.number().int().min(1).max(100),
  /** Load in kg; null for body-weight exercises. */
  loadKg: z
    .number()
    .min(0, 'Load cannot be negative')
    .max(500, 'Load must be at most 500 kg')
    .nullable(),
});
export type PrescribedExercise = z.infer<typeof prescribedExerciseSchema>;

const sessionsPerWeek = z.number().int().min(0).max(14);

/**
 * Per-step weekly targets. Templates carry them without chosen exercises;
 * an assignment carries a personalised snapshot of them.
 */
export const programTargetsSchema = z
  .object({
    strength: z.object({
      sessionsPerWeek: sessionsPerWeek,
      minSessionsPerWeek: sessionsPerWeek,
      setsPerExercise: z.number().int().min(1).max(10),
      repsPerSet: z.number().int().min(1).max(100),
    }),
    cardio: z.object({
      sessionsPerWeek: sessionsPerWeek,
      minSessionsPerWeek: sessionsPerWeek,
      minutesPerSession: z.number().int().min(5).max(300),
    }),
    hiit: z.object({
      sessionsPerWeek: sessionsPerWeek,
      minMinutes: z.number().int().min(5).max(120),
      maxMinutes: z.number().int().min(5).max(120),
    }),
    food: z.object({
      /** Every logged meal should contain a protein portion (57-113 g of protein food). */
      proteinEveryMeal: z.boolean(),
      fatServingsMin: z.number().int().min(0).max(10),
      fatServingsMax: z.number().int().min(0).max(10),
      vegServingsMin: z.number().int().min(0).max(15),
    }),
    treats: z.object({
      allowancePerWeek: z.number().int().min(0).max(21),
    }),
  })
  .superRefine((t, ctx) => {
    if (t.strength.minSessionsPerWeek > t.strength.sessionsPerWeek)
      ctx.addIssue({
        code: 'custom',
        path: ['strength', 'minSessionsPerWeek'],
        message: 'Minimum cannot exceed the target',
      });
    if (t.cardio.minSessionsPerWeek > t.cardio.sessionsPerWeek)
      ctx.addIssue({
        code: 'custom',
        path: ['cardio', 'minSessionsPerWeek'],
        message: 'Minimum cannot exceed the target',
      });
    if (t.hiit.minMinutes > t.hiit.maxMinutes)
      ctx.addIssue({
        code: 'custom',
        path: ['hiit', 'minMinutes'],
        message: 'Minimum minutes cannot exceed the maximum',
      });
    if (t.food.fatServingsMin > t.food.fatServingsMax)
      ctx.addIssue({
        code: 'custom',
        path: ['food', 'fatServingsMin'],
        message: 'Minimum servings cannot exceed the maximum',
      });
  });
export type ProgramTargets = z.infer<typeof programTargetsSchema>;

/** Calorie targets are personal, so they live on the assignment, not on the template. */
export const calorieTargetsSchema = z.object({
  targetKcal: z.number().int().min(800).max(6000),
  floorKcal: z.number().int().min(800).max(3000),
});
export type CalorieTargets = z.infer<typeof calorieTargetsSchema>;

/** What an assignment freezes at creation: template targets + calories + chosen exercises. */
export const assignmentTargetsSchema = z.object({
  program: programTargetsSchema,
  calories: calorieTargetsSchema,
  exercises: exerciseListSchema(prescribedExerciseSchema),
});
export type AssignmentTargets = z.infer<typeof assignmentTargetsSchema>;

/**
 * Defaults of the system template. Strength, cardio and food come from the source article;
 * the HIIT count (2 a week) and the treat allowance (2 a week) are product defaults.
 */
export const DEFAULT_PROGRAM_TARGETS: ProgramTargets = {
  strength: { sessionsPerWeek: 3, minSessionsPerWeek: 2, setsPerExercise: 3, repsPerSet: 12 },
  cardio: { sessionsPerWeek: 4, minSessionsPerWeek: 3, minutesPerSession: 30 },
  hiit: { sessionsPerWeek: 2, minMinutes: 15, maxMinutes: 20 },
  food: { proteinEveryMeal: true, fatServingsMin: 2, fatServingsMax: 3, vegServingsMin: 2 },
  treats: { allowancePerWeek: 2 },
};

/** Which defaults are the product's own choice rather than the article's advice (shown as such in the UI). */
export const PRODUCT_DEFAULTS: ReadonlyArray<string> = [
  'hiit.sessionsPerWeek',
  'treats.allowancePerWeek',
  'food.vegServingsMin',
];

export const SYSTEM_TEMPLATE_NAME = 'Six-step back-toning and fat-loss program';
