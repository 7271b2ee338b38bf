import { z } from 'zod';
import { unitSystemSchema } from '@sixstep/domain';

export const userIdSchema = z.string().uuid('Not a valid id');

/** Stored lower-cased: e-mail addresses are unique regardless of case. */
export const emailSchema = z
  .string({ error: 'E-mail is required' })
  .trim()
  .toLowerCase()
  .max(254, 'E-mail is too long')
  .pipe(z.email({ error: 'Not a valid e-mail address' }));

export const personNameSchema = z
  .string({ error: 'Name is required' })
  .trim()
  .min(1, 'Name is required')
  .max(100, 'Name must be at most 100 characters');

export const PASSWORD_MIN_LENGTH = 10;
export const passwordSchema = z
  .string({ error: 'Password is required' })
  .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(200, 'Password must be at most 200 characters');

const inviteTokenSchema = z
  .string()
  .trim()
  .min(1, 'The invitation token is missing')
  .max(200, 'Not a valid invitation token');

export const invitationByTokenSchema = z.object({ token: inviteTokenSchema });

export const acceptInviteSchema = z.object({
  token: inviteTokenSchema,
  name: personNameSchema,
  password: passwordSchema,
});
export type AcceptInviteInput = z.infer<typeof acceptInviteSchema>;

export const accountSettingsSchema = z.object({
  unitPreference: unitSystemSchema.optional(),
  name: personNameSchema.optional(),
});
export type AccountSettingsInput = z.infer<typeof accountSettingsSchema>;

export const coachCreateSchema = z.object({
  email: emailSchema,
  name: personNameSchema,
  password: passwordSchema,
});
export type CoachCreateInput = z.infer<typeof coachCreateSchema>;

export const accountByIdSchema = z.object({ id: userIdSchema });
