import { planInputSchema } from '../schemas/plan';
import { getPlanForDay, getPlanForWeek } from '../services/plan/plan';
import { clientProcedure, router } from '../trpc';

export const planRouter = router({
  today: clientProcedure
    .input(planInputSchema)
    .query(({ ctx, input }) => getPlanForDay(ctx.db, ctx.user, input, ctx.now())),
  week: clientProcedure
    .input(planInputSchema)
    .query(({ ctx, input }) => getPlanForWeek(ctx.db, ctx.user, input, ctx.now())),
});
