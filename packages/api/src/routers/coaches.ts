import { accountByIdSchema, coachCreateSchema } from '../schemas/accounts';
import { createCoach, listCoaches, setCoachActive } from '../services/coaches/coaches';
import { adminProcedure, router } from '../trpc';

export const coachesRouter = router({
  list: adminProcedure.query(({ ctx }) => listCoaches(ctx.db)),
  create: adminProcedure.input(coachCreateSchema).mutation(({ ctx, input }) =>
    createCoach(ctx.db, ctx.user, input, {
      now: ctx.now(),
      baseUrl: ctx.baseUrl,
      mailer: ctx.mailer,
      log: ctx.log,
    }),
  ),
  deactivate: adminProcedure
    .input(accountByIdSchema)
    .mutation(({ ctx, input }) => setCoachActive(ctx.db, ctx.user, input.id, false, ctx.now())),
  reactivate: adminProcedure
    .input(accountByIdSchema)
    .mutation(({ ctx, input }) => setCoachActive(ctx.db, ctx.user, input.id, true, ctx.now())),
});
