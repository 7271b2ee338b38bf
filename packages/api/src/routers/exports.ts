import { clientByIdSchema } from '../schemas/clients';
import { exportClientAdherenceCsv, exportClientLogsCsv } from '../services/exports/client-csv';
import { exportMyDataFile } from '../services/exports/my-data';
import { recordExport } from '../services/exports/record-export';
import { clientProcedure, coachProcedure, router } from '../trpc';
import { exportLimit } from './limits';

/**
 * Downloads: each returns { filename, contentType, body } for the browser to save. Every export
 * of someone's health data is audited (who, whose, which file).
 */
export const exportsRouter = router({
  clientCsv: coachProcedure
    .use(exportLimit)
    .input(clientByIdSchema)
    .query(async ({ ctx, input }) => {
      const file = await exportClientLogsCsv(ctx.db, ctx.user, input.clientId, ctx.now());
      await recordExport(ctx.db, ctx.user, input.clientId, 'client_logs_csv', ctx.now());
      return file;
    }),
  clientAdherenceCsv: coachProcedure
    .use(exportLimit)
    .input(clientByIdSchema)
    .query(async ({ ctx, input }) => {
      const file = await exportClientAdherenceCsv(ctx.db, ctx.user, input.clientId, ctx.now());
      await recordExport(ctx.db, ctx.user, input.clientId, 'client_adherence_csv', ctx.now());
      return file;
    }),
  myData: clientProcedure.use(exportLimit).query(async ({ ctx }) => {
    const file = await exportMyDataFile(ctx.db, ctx.user, ctx.now());
    await recordExport(ctx.db, ctx.user, ctx.user.id, 'my_data_json', ctx.now());
    return file;
  }),
});
