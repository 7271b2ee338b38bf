import { z } from 'zod';
import { isoDateSchema, ROSTER_FLAG_FILTERS } from '@sixstep/domain';
import { idOf } from './ids';

/** The longest range `adherence.forClient` scores at once. */
export const ADHERENCE_MAX_DAYS = 400;

export const adherenceForClientSchema = z
  .object({
    /** A coach names their client; a client may leave it out. */
    clientId: idOf('Client').optional(),
    /** Defaults: the last 28 days ending today. */
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
  })
  .default({});
export type AdherenceForClientInput = z.infer<typeof adherenceForClientSchema>;

export const rosterFilterSchema = z
  .object({
    /** Part of a name or e-mail address. */
    search: z.string().trim().max(80, 'Search must be at most 80 characters').optional(),
    /** One flag, any flag, or no flag at all. */
    flag: z
      .enum(ROSTER_FLAG_FILTERS, { error: `Flag must be one of ${ROSTER_FLAG_FILTERS.join(', ')}` })
      .optional(),
  })
  .default({});
export type RosterFilter = z.infer<typeof rosterFilterSchema>;
