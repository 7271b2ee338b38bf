import { z } from 'zod';
import { programTargetsSchema } from '@sixstep/domain';

export const programIdSchema = z.string().uuid('Not a valid program id');

const name = z
  .string()
  .trim()
  .min(2, 'Name must be at least 2 characters')
  .max(120, 'Name must be at most 120 characters');
const description = z.string().trim().max(4000, 'Description must be at most 4000 characters');
const defaultExerciseIds = z
  .array(z.string().uuid('Not a valid exercise id'))
  .max(12, 'At most 12 default exercises')
  .refine((ids) => new Set(ids).size === ids.length, 'Each exercise may appear only once');

/** A coach's own variant; `copyFromId` starts from a template the coach can read. */
export const programCreateSchema = z.object({
  name,
  description: description.optional(),
  targets: programTargetsSchema.optional(),
  defaultExerciseIds: defaultExerciseIds.optional(),
  copyFromId: programIdSchema.optional(),
});
export type ProgramCreateInput = z.infer<typeof programCreateSchema>;

/** `version`, when sent, is the one the editor read (stale → CONFLICT). */
export const programUpdateSchema = z.object({
  id: programIdSchema,
  version: z.number().int().min(1).optional(),
  name: name.optional(),
  description: description.optional(),
  targets: programTargetsSchema.optional(),
  defaultExerciseIds: defaultExerciseIds.optional(),
});
export type ProgramUpdateInput = z.infer<typeof programUpdateSchema>;

export const programByIdSchema = z.object({ id: programIdSchema });
