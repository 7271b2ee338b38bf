import { deleteClientSchema } from '../schemas/people-data';
import { deleteClientAccount } from '../services/account-deletion';
import { roleProcedure, router } from '../trpc';

export const accountsRouter = router({
  /** Coach: own clients; admin: any client. Needs the client's e-mail typed as `confirmation`. */
  deleteClient: roleProcedure('coach', 'admin')
    .input(deleteClientSchema)
    .mutation(({ ctx, input }) => deleteClientAccount(ctx.db, ctx.user, input, ctx.now())),
});
