import { acceptInviteSchema } from '../schemas/accounts';
import { acceptInvite } from '../services/clients/invitations';
import { authedProcedure, publicProcedure, router } from '../trpc';

export const authRouter = router({
  me: authedProcedure.query(({ ctx }) => ({
    id: ctx.user.id,
    email: ctx.user.email,
    name: ctx.user.name,
    role: ctx.user.role,
    unitPreference: ctx.user.unitPreference,
  })),
  /** Public: the token is the credential. Returns the e-mail so the page can sign the client in. */
  acceptInvite: publicProcedure
    .input(acceptInviteSchema)
    .mutation(({ ctx, input }) => acceptInvite(ctx.db, input, ctx.now())),
});
