import { clientByIdSchema } from '../schemas/clients';
import { clientAdherenceCsv, clientLogsCsv } from '../services/exports';
import { myDataFile } from '../services/my-data';
import { clientProcedure, coachProcedure, router } from '../trpc';

/** Downloads: each returns { filename, contentType, body } for the browser to save. */
export const exportsRouter = router({
  clientCsv: coachProcedure
    .input(clientByIdSchema)
    .query(({ ctx, input }) => clientLogsCsv(ctx.db, ctx.user, input.clientId, ctx.now())),
  clientAdherenceCsv: coachProcedure
    .input(clientByIdSchema)
    .query(({ ctx, input }) => clientAdherenceCsv(ctx.db, ctx.user, input.clientId, ctx.now())),
  myData: clientProcedure.query(({ ctx }) => myDataFile(ctx.db, ctx.user, ctx.now())),
});
