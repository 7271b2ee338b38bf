import { acceptInviteSchema, invitationByTokenSchema } from '../schemas/accounts';
import { acceptInvite } from '../services/clients/invitations';
import { readInvitation } from '../services/invitations/read-invitation';
import { authedProcedure, publicProcedure, router } from '../trpc';

export const authRouter = router({
  me: authedProcedure.query(({ ctx }) => ({
    id: ctx.user.id,
    email: ctx.user.email,
    name: ctx.user.name,
    role: ctx.user.role,
    unitPreference: ctx.user.unitPreference,
  })),
  /** Public: who invited whom, for the invitation page to greet the person or refuse a dead link. */
  invitation: publicProcedure
    .input(invitationByTokenSchema)
    .query(({ ctx, input }) => readInvitation(ctx.db, input.token, ctx.now())),
  /** Public: the token is the credential. Returns the e-mail so the page can sign the client in. */
  acceptInvite: publicProcedure
    .input(acceptInviteSchema)
    .mutation(({ ctx, input }) => acceptInvite(ctx.db, input, ctx.now())),
});
