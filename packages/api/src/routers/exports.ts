import { clientByIdSchema } from '../schemas/clients';
import { exportClientAdherenceCsv, exportClientLogsCsv } from '../services/exports/client-csv';
import { exportMyDataFile } from '../services/exports/my-data';
import { clientProcedure, coachProcedure, router } from '../trpc';

/** Downloads: each returns { filename, contentType, body } for the browser to save. */
export const exportsRouter = router({
  clientCsv: coachProcedure
    .input(clientByIdSchema)
    .query(({ ctx, input }) => exportClientLogsCsv(ctx.db, ctx.user, input.clientId, ctx.now())),
  clientAdherenceCsv: coachProcedure
    .input(clientByIdSchema)
    .query(({ ctx, input }) =>
      exportClientAdherenceCsv(ctx.db, ctx.user, input.clientId, ctx.now()),
    ),
  myData: clientProcedure.query(({ ctx }) => exportMyDataFile(ctx.db, ctx.user, ctx.now())),
});
