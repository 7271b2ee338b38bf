import { z } from 'zod';
import {
  CHECKIN_SCALE_MAX,
  CHECKIN_SCALE_MIN,
  isoDateSchema,
  weightKgSchema,
} from '@sixstep/domain';
import { idOf } from './ids';
import { messageBodySchema } from './messages';

export const CHECKIN_TEXT_MAX = 2000;
export const CHECKIN_PHOTOS_MAX = 3;
export const CHECKIN_STATUS_FILTERS = ['waiting', 'reviewed'] as const;

const scaleOf = (label: string) =>
  z
    .number({
      error: `${label} must be a number from ${CHECKIN_SCALE_MIN} to ${CHECKIN_SCALE_MAX}`,
    })
    .int(`${label} must be a whole number`)
    .min(CHECKIN_SCALE_MIN, `${label} must be at least ${CHECKIN_SCALE_MIN}`)
    .max(CHECKIN_SCALE_MAX, `${label} must be at most ${CHECKIN_SCALE_MAX}`);

/** A body measurement in cm, within what a tape measure around an adult can read. */
const lengthCmOf = (label: string) =>
  z
    .number({ error: `${label} must be a number (cm)` })
    .min(30, `${label} must be at least 30 cm`)
    .max(300, `${label} must be at most 300 cm`)
    .nullable()
    .optional();

const textOf = (label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(CHECKIN_TEXT_MAX, `${label} can be at most ${CHECKIN_TEXT_MAX} characters`)
    .transform((text) => text || null)
    .nullable()
    .optional();

/** The weekly check-in; weights and lengths in SI (the form converts from the user's unit). */
export const checkinSubmitSchema = z.object({
  /** The day it is filled in, in the client's calendar: it decides the program week. */
  date: isoDateSchema,
  weightKg: weightKgSchema.nullable().optional(),
  waistCm: lengthCmOf('Waist'),
  hipsCm: lengthCmOf('Hips'),
  chestCm: lengthCmOf('Chest'),
  energy: scaleOf('Energy'),
  hunger: scaleOf('Hunger'),
  sleep: scaleOf('Sleep'),
  stress: scaleOf('Stress'),
  win: textOf('Win'),
  struggle: textOf('Struggle'),
  question: textOf('Question'),
  photoIds: z
    .array(idOf('Photo'))
    .max(CHECKIN_PHOTOS_MAX, `At most ${CHECKIN_PHOTOS_MAX} photos`)
    .optional(),
});
export type CheckinSubmitInput = z.infer<typeof checkinSubmitSchema>;

export const checkinListSchema = z
  .object({
    clientId: idOf('Client').optional(),
    status: z
      .enum(CHECKIN_STATUS_FILTERS, {
        error: `Status must be one of ${CHECKIN_STATUS_FILTERS.join(', ')}`,
      })
      .optional(),
  })
  .default({});
export type CheckinListInput = z.infer<typeof checkinListSchema>;

export const checkinByIdSchema = z.object({ id: idOf('Check-in') });

export const checkinReviewSchema = z.object({
  id: idOf('Check-in'),
  /** Posted to the conversation as the coach's message. */
  reply: messageBodySchema.optional(),
});
export type CheckinReviewInput = z.infer<typeof checkinReviewSchema>;

export const checkinWeeksSchema = z
  .object({
    clientId: idOf('Client').optional(),
    /** The client's own calendar day (within a day of the server's). */
    today: isoDateSchema.optional(),
  })
  .default({});
export type CheckinWeeksInput = z.infer<typeof checkinWeeksSchema>;
