import { z } from 'zod';
import { isoDateSchema } from '@sixstep/domain';

export const planInputSchema = z
  .object({
    /** The day (or the week containing it) to show; defaults to today. */
    date: isoDateSchema.optional(),
    /** The client's own date today (their time zone); defaults to the server's UTC date. */
    today: isoDateSchema.optional(),
  })
  .default({});
export type PlanInput = z.infer<typeof planInputSchema>;
