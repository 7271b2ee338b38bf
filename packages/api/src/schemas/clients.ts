import { z } from 'zod';
import {
  activityLevelSchema,
  heightCmSchema,
  isIsoDate,
  sexSchema,
  weightKgSchema,
} from '@sixstep/domain';
import { emailSchema, personNameSchema, userIdSchema } from './accounts';

/** The age bounds depend on today's date, so the service checks them (`checkAge`). */
export const birthDateSchema = z
  .string()
  .refine(isIsoDate, 'Birth date must be a real date in the form YYYY-MM-DD');

export const clientProfileSchema = z.object({
  sex: sexSchema,
  birthDate: birthDateSchema,
  heightCm: heightCmSchema,
  startWeightKg: weightKgSchema,
  activityLevel: activityLevelSchema,
});
export type ClientProfileInput = z.infer<typeof clientProfileSchema>;

export const clientInviteSchema = clientProfileSchema.extend({
  email: emailSchema,
  name: personNameSchema,
});
export type ClientInviteInput = z.infer<typeof clientInviteSchema>;

export const clientProfileUpdateSchema = clientProfileSchema
  .partial()
  .extend({ clientId: userIdSchema, name: personNameSchema.optional() });
export type ClientProfileUpdateInput = z.infer<typeof clientProfileUpdateSchema>;

export const clientByIdSchema = z.object({ clientId: userIdSchema });

export const inviteEmailChangeSchema = z.object({ clientId: userIdSchema, email: emailSchema });
export type InviteEmailChangeInput = z.infer<typeof inviteEmailChangeSchema>;
