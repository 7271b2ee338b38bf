import { z } from 'zod';

/** Activity levels and their TDEE multipliers (Mifflin-St Jeor convention). */
export const ACTIVITY_FACTORS = {
  sedentary: 1.2,
  light: 1.375,
  moderate: 1.55,
  active: 1.725,
  very_active: 1.9,
} as const;

export const ACTIVITY_LEVELS = ['sedentary', 'light', 'moderate', 'active', 'very_active'] as const;
export const activityLevelSchema = z.enum(ACTIVITY_LEVELS);
export type ActivityLevel = z.infer<typeof activityLevelSchema>;

/** Body measurements the product accepts (SI). Shared by profile forms, day logs and calculators. */
export const WEIGHT_KG_MIN = 25;
export const WEIGHT_KG_MAX = 400;
export const HEIGHT_CM_MIN = 100;
export const HEIGHT_CM_MAX = 250;
/** The program is written for adults. */
export const AGE_YEARS_MIN = 18;
export const AGE_YEARS_MAX = 100;

export const weightKgSchema = z
  .number({ error: 'Weight must be a number (kg)' })
  .min(WEIGHT_KG_MIN, `Weight must be at least ${WEIGHT_KG_MIN} kg`)
  .max(WEIGHT_KG_MAX, `Weight must be at most ${WEIGHT_KG_MAX} kg`);

export const heightCmSchema = z
  .number({ error: 'Height must be a number (cm)' })
  .min(HEIGHT_CM_MIN, `Height must be at least ${HEIGHT_CM_MIN} cm`)
  .max(HEIGHT_CM_MAX, `Height must be at most ${HEIGHT_CM_MAX} cm`);
