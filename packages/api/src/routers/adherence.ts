import { adherenceForClientSchema } from '../schemas/adherence';
import { getClientAdherence } from '../services/adherence/get-client-adherence';
import { getUtcToday } from '../infra/calendar';
import { listRoster } from '../services/adherence/list-roster';
import { coachProcedure, roleProcedure, router } from '../trpc';
import { expensiveReads } from './limits';

export const adherenceRouter = router({
  forClient: roleProcedure('coach', 'client')
    .use(expensiveReads)
    .input(adherenceForClientSchema)
    .query(({ ctx, input }) => getClientAdherence(ctx.db, ctx.user, input, ctx.now())),
  roster: coachProcedure
    .use(expensiveReads)
    .query(({ ctx }) => listRoster(ctx.db, ctx.user, getUtcToday(ctx.now()))),
});
