import { adherenceForClientSchema } from '../schemas/adherence';
import { clientAdherence } from '../services/adherence';
import { utcToday } from '../services/calendar';
import { coachRoster } from '../services/roster';
import { coachProcedure, roleProcedure, router } from '../trpc';

export const adherenceRouter = router({
  forClient: roleProcedure('coach', 'client')
    .input(adherenceForClientSchema)
    .query(({ ctx, input }) => clientAdherence(ctx.db, ctx.user, input, ctx.now())),
  roster: coachProcedure.query(({ ctx }) => coachRoster(ctx.db, ctx.user, utcToday(ctx.now()))),
});
