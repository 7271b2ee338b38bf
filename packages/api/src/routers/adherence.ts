import { adherenceForClientSchema, rosterFilterSchema } from '../schemas/adherence';
import { getClientAdherence } from '../services/adherence/get-client-adherence';
import { listRoster } from '../services/adherence/list-roster';
import { getUtcToday } from '../infra/calendar';
import { coachProcedure, roleProcedure, router } from '../trpc';

/** The coach's roster, filtered on the server; public as both `adherence.roster` and `clients.list`. */
export const rosterProcedure = coachProcedure
  .input(rosterFilterSchema)
  .query(({ ctx, input }) => listRoster(ctx.db, ctx.user, getUtcToday(ctx.now()), input));

export const adherenceRouter = router({
  forClient: roleProcedure('coach', 'client')
    .input(adherenceForClientSchema)
    .query(({ ctx, input }) => getClientAdherence(ctx.db, ctx.user, input, ctx.now())),
  roster: rosterProcedure,
});
