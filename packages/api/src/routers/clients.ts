import {
  clientByIdSchema,
  clientInviteSchema,
  clientProfileUpdateSchema,
  inviteEmailChangeSchema,
} from '../schemas/clients';
import { clientAccountListSchema } from '../schemas/client-accounts';
import { deleteClientSchema } from '../schemas/people-data';
import { deleteClientAccount } from '../services/clients/delete-client-account';
import { listClientAccounts } from '../services/clients/list-client-accounts';
import { getClient, updateClientProfile } from '../services/clients/client-profile';
import { changeInviteEmail, inviteClient, reinviteClient } from '../services/clients/invitations';
import { rosterProcedure } from './adherence';
import type { Context } from '../context';
import { adminProcedure, coachProcedure, roleProcedure, router } from '../trpc';

const inviteDeps = (ctx: Context) => ({
  now: ctx.now(),
  baseUrl: ctx.baseUrl,
  mailer: ctx.mailer,
  log: ctx.log,
});

export const clientsRouter = router({
  list: rosterProcedure,
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
  /** A pending client's address corrected; a new link goes there and older ones stop working. */
  changeInviteEmail: coachProcedure
    .input(inviteEmailChangeSchema)
    .mutation(({ ctx, input }) => changeInviteEmail(ctx.db, ctx.user, input, inviteDeps(ctx))),
  updateProfile: coachProcedure
    .input(clientProfileUpdateSchema)
    .mutation(({ ctx, input }) => updateClientProfile(ctx.db, ctx.user, input, ctx.now())),
  /** Coach: own clients; admin: any client. Needs the client's e-mail typed as `confirmation`. */
  delete: roleProcedure('coach', 'admin')
    .input(deleteClientSchema)
    .mutation(({ ctx, input }) => deleteClientAccount(ctx.db, ctx.user, input, ctx.now())),
});
