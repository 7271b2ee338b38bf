import {
  clientByIdSchema,
  clientInviteSchema,
  clientProfileUpdateSchema,
} from '../schemas/clients';
import { rosterFilterSchema } from '../schemas/adherence';
import { clientAccountListSchema } from '../schemas/client-accounts';
import { deleteClientSchema } from '../schemas/people-data';
import { getUtcToday } from '../infra/calendar';
import { deleteClientAccount } from '../services/clients/delete-client-account';
import { listClientAccounts } from '../services/clients/list-client-accounts';
import { getClient, updateClientProfile } from '../services/clients/client-profile';
import { inviteClient, reinviteClient } from '../services/clients/invitations';
import { listRoster } from '../services/adherence/list-roster';
import type { Context } from '../context';
import { expensiveReads } from './limits';
import { adminProcedure, coachProcedure, roleProcedure, router } from '../trpc';

const inviteDeps = (ctx: Context) => ({
  now: ctx.now(),
  baseUrl: ctx.baseUrl,
  mailer: ctx.mailer,
  log: ctx.log,
});

export const clientsRouter = router({
  list: coachProcedure
    .use(expensiveReads)
    .input(rosterFilterSchema)
    .query(({ ctx, input }) => listRoster(ctx.db, ctx.user, getUtcToday(ctx.now()), input)),
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
  /** Coach: own clients; admin: any client. Needs the client's e-mail typed as `confirmation`. */
  delete: roleProcedure('coach', 'admin')
    .input(deleteClientSchema)
    .mutation(({ ctx, input }) => deleteClientAccount(ctx.db, ctx.user, input, ctx.now())),
});
