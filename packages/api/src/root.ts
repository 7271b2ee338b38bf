import { accountRouter } from './routers/account';
import { adherenceRouter } from './routers/adherence';
import { assignmentsRouter } from './routers/assignments';
import { auditRouter } from './routers/audit';
import { authRouter } from './routers/auth';
import { catalogRouter } from './routers/catalog';
import { clientsRouter } from './routers/clients';
import { coachesRouter } from './routers/coaches';
import { exportsRouter } from './routers/exports';
import { logsRouter } from './routers/logs';
import { notesRouter } from './routers/notes';
import { planRouter } from './routers/plan';
import { programsRouter } from './routers/programs';
import { router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  account: accountRouter,
  catalog: catalogRouter,
  programs: programsRouter,
  coaches: coachesRouter,
  clients: clientsRouter,
  exports: exportsRouter,
  audit: auditRouter,
  assignments: assignmentsRouter,
  logs: logsRouter,
  notes: notesRouter,
  plan: planRouter,
  adherence: adherenceRouter,
});

export type AppRouter = typeof appRouter;
