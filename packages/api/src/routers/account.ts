import {
  accountSettingsSchema,
  changePasswordSchema,
  emailChangeSchema,
  disableTwoFactorSchema,
  twoFactorCodeSchema,
} from '../schemas/accounts';
import { changePassword } from '../services/accounts/change-password';
import { requestEmailChange } from '../services/accounts/email-change';
import { endAllSessions } from '../services/accounts/end-all-sessions';
import { getAccountSettings, updateAccountSettings } from '../services/accounts/account-settings';
import { beginTwoFactor, confirmTwoFactor, disableTwoFactor } from '../services/auth/two-factor';
import { authedProcedure, rateLimited, router } from '../trpc';

/** Password and code checks: a stolen session cannot use these to guess at full speed. */
const credentialChecks = rateLimited('account.credentials', { limit: 10, windowMs: 15 * 60_000 });

/** The signed-in user's own account, whatever their role. */
export const accountRouter = router({
  settings: authedProcedure.query(({ ctx }) => getAccountSettings(ctx.db, ctx.user)),
  updateSettings: authedProcedure
    .input(accountSettingsSchema)
    .mutation(({ ctx, input }) => updateAccountSettings(ctx.db, ctx.user, input, ctx.now())),
  /** Ends every session (the page renews its own with the returned version). */
  changePassword: authedProcedure
    .use(credentialChecks)
    .input(changePasswordSchema)
    .mutation(({ ctx, input }) => changePassword(ctx.db, ctx.user, input, ctx.now())),
  /** Mails a confirmation link to the new address; nothing changes until it is opened. */
  requestEmailChange: authedProcedure
    .use(credentialChecks)
    .input(emailChangeSchema)
    .mutation(({ ctx, input }) =>
      requestEmailChange(ctx.db, ctx.user, input, {
        now: ctx.now(),
        baseUrl: ctx.baseUrl,
        mailer: ctx.mailer,
        log: ctx.log,
      }),
    ),
  signOutEverywhere: authedProcedure.mutation(async ({ ctx }) => ({
    sessionVersion: await endAllSessions(
      ctx.db,
      ctx.user.id,
      { actorId: ctx.user.id, reason: 'sign_out_everywhere' },
      ctx.now(),
    ),
  })),
  twoFactor: router({
    begin: authedProcedure.mutation(({ ctx }) =>
      beginTwoFactor(ctx.db, ctx.user, ctx.twoFactorKey, ctx.now()),
    ),
    confirm: authedProcedure
      .use(credentialChecks)
      .input(twoFactorCodeSchema)
      .mutation(({ ctx, input }) =>
        confirmTwoFactor(ctx.db, ctx.user, input.code, ctx.twoFactorKey, ctx.now()),
      ),
    disable: authedProcedure
      .use(credentialChecks)
      .input(disableTwoFactorSchema)
      .mutation(({ ctx, input }) => disableTwoFactor(ctx.db, ctx.user, input.password, ctx.now())),
  }),
});
