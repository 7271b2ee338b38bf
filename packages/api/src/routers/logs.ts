import {
  dayLogInputSchema,
  logListSchema,
  workoutByIdSchema,
  workoutInputSchema,
} from '../schemas/logs';
import { addWorkout, deleteWorkout, listLogs, upsertDayLog } from '../services/logs/logs';
import { clientProcedure, roleProcedure, router } from '../trpc';

export const logsRouter = router({
  upsertDay: clientProcedure
    .input(dayLogInputSchema)
    .mutation(({ ctx, input }) => upsertDayLog(ctx.db, ctx.user, input, ctx.now())),
  addWorkout: clientProcedure
    .input(workoutInputSchema)
    .mutation(({ ctx, input }) => addWorkout(ctx.db, ctx.user, input, ctx.now())),
  deleteWorkout: clientProcedure
    .input(workoutByIdSchema)
    .mutation(({ ctx, input }) => deleteWorkout(ctx.db, ctx.user, input.id)),
  list: roleProcedure('client', 'coach')
    .input(logListSchema)
    .query(({ ctx, input }) => listLogs(ctx.db, ctx.user, input)),
});
