import { z } from 'zod';
import {
  assignmentWeeksSchema,
  weekdaySchema,
  calorieTargetsSchema,
  exerciseListSchema,
  isoDateSchema,
  prescribedExerciseSchema,
  programTargetsSchema,
} from '@sixstep/domain';
import { idOf } from './ids';

const step = programTargetsSchema.shape;

/** Per-step changes to the template's targets; only the values sent change. */
export const programTargetOverridesSchema = z.object({
  strength: step.strength.partial().optional(),
  cardio: step.cardio.partial().optional(),
  hiit: step.hiit.partial().optional(),
  food: step.food.partial().optional(),
  treats: step.treats.partial().optional(),
});
export type ProgramTargetOverrides = z.infer<typeof programTargetOverridesSchema>;

/** One chosen exercise; its name is copied from the catalog, not taken from the caller. */
export const exerciseChoiceSchema = z.object({
  exerciseId: idOf('Exercise'),
  sets: prescribedExerciseSchema.shape.sets,
  reps: prescribedExerciseSchema.shape.reps,
  loadKg: prescribedExerciseSchema.shape.loadKg.default(null),
});
export type ExerciseChoice = z.infer<typeof exerciseChoiceSchema>;

export const assignmentTargetsInputSchema = z.object({
  /** Omitted: computed from the client's profile (TDEE − 500, never under the floor). */
  calories: z.object({ targetKcal: calorieTargetsSchema.shape.targetKcal }).optional(),
  /** Omitted: the template's suggested exercises with its sets and reps. Sent: replaces the list. */
  exercises: exerciseListSchema(exerciseChoiceSchema).optional(),
  program: programTargetOverridesSchema.optional(),
});
export type AssignmentTargetsInput = z.infer<typeof assignmentTargetsInputSchema>;

export const assignmentCreateSchema = z.object({
  clientId: idOf('Client'),
  programId: idOf('Program'),
  startDate: isoDateSchema,
  weeks: assignmentWeeksSchema,
  targets: assignmentTargetsInputSchema.optional(),
  /** Weekday of the weekly check-in (0 = Sunday); omitted: the weekday of the start date. */
  checkinWeekday: weekdaySchema.nullable().optional(),
});
export type AssignmentCreateInput = z.infer<typeof assignmentCreateSchema>;

/** The template stays; a different template is a new assignment (end this one first). */
export const assignmentUpdateSchema = z.object({
  id: idOf('Assignment'),
  startDate: isoDateSchema.optional(),
  weeks: assignmentWeeksSchema.optional(),
  targets: assignmentTargetsInputSchema.optional(),
  /** null: back to the weekday of the start date. */
  checkinWeekday: weekdaySchema.nullable().optional(),
  /** The first day the new targets apply (default today; never a past day). */
  effectiveFrom: isoDateSchema.optional(),
});
export type AssignmentUpdateInput = z.infer<typeof assignmentUpdateSchema>;

export const assignmentEndSchema = z.object({
  id: idOf('Assignment'),
  /** The last day that counts; defaults to today. */
  endedOn: isoDateSchema.optional(),
});
export type AssignmentEndInput = z.infer<typeof assignmentEndSchema>;

export const assignmentCurrentSchema = z.object({ clientId: idOf('Client') });
