import { auditListSchema } from '../schemas/people-data';
import { listAudit } from '../services/audit/list-audit-log';
import { adminProcedure, router } from '../trpc';

export const auditRouter = router({
  list: adminProcedure.input(auditListSchema).query(({ ctx, input }) => listAudit(ctx.db, input)),
});
