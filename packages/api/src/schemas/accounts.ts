import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, unitSystemSchema } from '@sixstep/domain';

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

export { PASSWORD_MIN_LENGTH };
/** Length only: the strength check (a dictionary estimator) runs in the services. */
export const passwordSchema = z
  .string({ error: 'Password is required' })
  .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters`);

/** A password typed to prove who one is: any length, as it was chosen under older rules. */
export const currentPasswordSchema = z
  .string({ error: 'Password is required' })
  .min(1, 'Password is required')
  .max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters`);

export const acceptInviteSchema = z.object({
  token: z
    .string()
    .trim()
    .min(1, 'The invitation token is missing')
    .max(200, 'Not a valid invitation token'),
  name: personNameSchema,
  password: passwordSchema,
});
export type AcceptInviteInput = z.infer<typeof acceptInviteSchema>;

/** An IANA time zone name the server's ICU knows, e.g. `Europe/Berlin`. */
export const timeZoneSchema = z
  .string({ error: 'Time zone is required' })
  .trim()
  .min(1, 'Time zone is required')
  .max(64, 'Not a known time zone')
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return zone.includes('/') || zone === 'UTC';
    } catch {
      return false;
    }
  }, 'Not a known time zone (use a name like Europe/Berlin)');

/** Kinds of notification a person can choose the delivery of (sent by the notifications work). */
export const NOTIFICATION_KINDS = ['message', 'checkin', 'reminder', 'weekly_summary'] as const;
export const NOTIFICATION_DELIVERIES = ['immediately', 'daily', 'off'] as const;
const delivery = z.enum(NOTIFICATION_DELIVERIES, { error: 'Choose immediately, daily or off' });
export const notificationPreferencesSchema = z
  .object({
    message: delivery.optional(),
    checkin: delivery.optional(),
    reminder: delivery.optional(),
    weekly_summary: delivery.optional(),
  })
  .strict();

export const accountSettingsSchema = z.object({
  unitPreference: unitSystemSchema.optional(),
  name: personNameSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  notificationPreferences: notificationPreferencesSchema.optional(),
});
export type AccountSettingsInput = z.infer<typeof accountSettingsSchema>;

export const changePasswordSchema = z.object({
  currentPassword: currentPasswordSchema,
  newPassword: passwordSchema,
});

export const twoFactorCodeSchema = z.object({
  code: z
    .string({ error: 'Code is required' })
    .trim()
    .min(6, 'Enter the 6-digit code from the app')
    .max(40, 'Not a valid code'),
});
export const disableTwoFactorSchema = z.object({ password: currentPasswordSchema });

export const emailChangeSchema = z.object({
  newEmail: emailSchema,
  currentPassword: currentPasswordSchema,
});
export const confirmEmailChangeSchema = z.object({
  token: z.string().trim().min(1, 'The link is incomplete').max(200, 'Not a valid link'),
});

export const requestPasswordResetSchema = z.object({ email: emailSchema });
const tokenSchema = z.string().trim().min(1, 'The link is incomplete').max(200, 'Not a valid link');
export const resetPasswordSchema = z.object({ token: tokenSchema, password: passwordSchema });

export const coachCreateSchema = z.object({
  email: emailSchema,
  name: personNameSchema,
});
export type CoachCreateInput = z.infer<typeof coachCreateSchema>;

export const accountByIdSchema = z.object({ id: userIdSchema });
