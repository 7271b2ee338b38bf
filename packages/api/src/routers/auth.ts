import {
  acceptInviteSchema,
  accountByIdSchema,
  confirmEmailChangeSchema,
  requestPasswordResetSchema,
  resetPasswordSchema,
} from '../schemas/accounts';
import type { Context } from '../context';
import {
  createResetLink,
  requestPasswordReset,
  resetPassword,
} from '../services/auth/password-reset';
import { confirmEmailChange } from '../services/accounts/email-change';
import { acceptInvite } from '../services/clients/invitations';
import { adminProcedure, authedProcedure, publicProcedure, router } from '../trpc';

const resetDeps = (ctx: Context) => ({
  now: ctx.now(),
  baseUrl: ctx.baseUrl,
  mailer: ctx.mailer,
  log: ctx.log,
});

export const authRouter = router({
  me: authedProcedure.query(({ ctx }) => ({
    id: ctx.user.id,
    email: ctx.user.email,
    name: ctx.user.name,
    role: ctx.user.role,
    unitPreference: ctx.user.unitPreference,
    timeZone: ctx.user.timeZone,
    twoFactorEnabled: ctx.user.twoFactorEnabled,
  })),
  /** Public: the token is the credential. Returns the e-mail so the page can sign the client in. */
  acceptInvite: publicProcedure
    .input(acceptInviteSchema)
    .mutation(({ ctx, input }) => acceptInvite(ctx.db, input, ctx.now())),
  /** Public; the same answer whether or not an account has this address. */
  requestPasswordReset: publicProcedure
    .input(requestPasswordResetSchema)
    .mutation(({ ctx, input }) => requestPasswordReset(ctx.db, input.email, resetDeps(ctx))),
  /** Public: the link's token is the credential. Ends every session of the account. */
  resetPassword: publicProcedure
    .input(resetPasswordSchema)
    .mutation(({ ctx, input }) => resetPassword(ctx.db, input, ctx.now())),
  /** Public: the link mailed to the new address is the credential. Ends every session. */
  confirmEmailChange: publicProcedure
    .input(confirmEmailChangeSchema)
    .mutation(({ ctx, input }) => confirmEmailChange(ctx.db, input.token, ctx.now())),
  /** Admin, when no mail is configured: a reset link for any account, to hand over. Audited. */
  createResetLink: adminProcedure
    .input(accountByIdSchema)
    .mutation(({ ctx, input }) => createResetLink(ctx.db, ctx.user, input.id, resetDeps(ctx))),
});
