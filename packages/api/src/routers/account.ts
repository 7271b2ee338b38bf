import { accountSettingsSchema } from '../schemas/accounts';
import { updateAccountSettings } from '../services/accounts/update-account-settings';
import { authedProcedure, router } from '../trpc';

export const accountRouter = router({
  updateSettings: authedProcedure
    .input(accountSettingsSchema)
    .mutation(({ ctx, input }) => updateAccountSettings(ctx.db, ctx.user, input, ctx.now())),
});
