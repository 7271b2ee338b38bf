import {
  clientByIdSchema,
  clientInviteSchema,
  clientProfileUpdateSchema,
} from '../schemas/clients';
import { rosterFilterSchema } from '../schemas/adherence';
import { clientAccountListSchema } from '../schemas/client-accounts';
import { utcToday } from '../services/calendar';
import { listClientAccounts } from '../services/client-accounts';
import { getClient, updateClientProfile } from '../services/clients';
import { inviteClient, reinviteClient } from '../services/invitations';
import { coachRoster } from '../services/roster';
import type { Context } from '../context';
import { adminProcedure, coachProcedure, router } from '../trpc';

const inviteDeps = (ctx: Context) => ({
  now: ctx.now(),
  baseUrl: ctx.baseUrl,
  mailer: ctx.mailer,
  log: ctx.log,
});

export const clientsRouter = router({
  list: coachProcedure
    .input(rosterFilterSchema)
    .query(({ ctx, input }) => coachRoster(ctx.db, ctx.user, utcToday(ctx.now()), input)),
  /** Admin: every client account, whoever coaches them. */
  listAll: adminProcedure
    .input(clientAccountListSchema)
    .query(({ ctx, input }) => listClientAccounts(ctx.db, input)),
  get: coachProcedure
    .input(clientByIdSchema)
    .query(({ ctx, input }) => getClient(ctx.db, ctx.user, input.clientId)),
  invite: coachProcedure
    .input(clientInviteSchema)
    .mutation(({ ctx, input }) => inviteClient(ctx.db, ctx.user, input, inviteDeps(ctx))),
  reinvite: coachProcedure
    .input(clientByIdSchema)
    .mutation(({ ctx, input }) =>
      reinviteClient(ctx.db, ctx.user, input.clientId, inviteDeps(ctx)),
    ),
  updateProfile: coachProcedure
    .input(clientProfileUpdateSchema)
    .mutation(({ ctx, input }) => updateClientProfile(ctx.db, ctx.user, input, ctx.now())),
});
