import { z } from 'zod';
import { isoDateSchema } from '@sixstep/domain';
import { idOf } from './ids';

export {
  dayLogInputSchema,
  workoutInputSchema,
  type DayLogInput,
  type WorkoutInput,
} from '@sixstep/domain';

/** The longest range one `logs.list` call returns. */
export const LOG_LIST_MAX_DAYS = 400;

export const logListSchema = z.object({
  /** A coach names their client; a client may leave it out (or send their own id). */
  clientId: idOf('Client').optional(),
  from: isoDateSchema,
  to: isoDateSchema,
});
export type LogListInput = z.infer<typeof logListSchema>;

export const workoutByIdSchema = z.object({ id: idOf('Workout') });
