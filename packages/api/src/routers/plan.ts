import { planInputSchema } from '../schemas/plan';
import { planForDay, planForWeek } from '../services/plan';
import { clientProcedure, router } from '../trpc';

export const planRouter = router({
  today: clientProcedure
    .input(planInputSchema)
    .query(({ ctx, input }) => planForDay(ctx.db, ctx.user, input, ctx.now())),
  week: clientProcedure
    .input(planInputSchema)
    .query(({ ctx, input }) => planForWeek(ctx.db, ctx.user, input, ctx.now())),
});
