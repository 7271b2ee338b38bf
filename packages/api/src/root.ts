import { accountRouter } from './routers/account';
import { adherenceRouter } from './routers/adherence';
import { assignmentsRouter } from './routers/assignments';
import { auditRouter } from './routers/audit';
import { authRouter } from './routers/auth';
import { catalogRouter } from './routers/catalog';
import { checkinsRouter } from './routers/checkins';
import { clientsRouter } from './routers/clients';
import { coachesRouter } from './routers/coaches';
import { exportsRouter } from './routers/exports';
import { logsRouter } from './routers/logs';
import { messagesRouter } from './routers/messages';
import { notesRouter } from './routers/notes';
import { photosRouter } from './routers/photos';
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
  messages: messagesRouter,
  checkins: checkinsRouter,
  photos: photosRouter,
});

export type AppRouter = typeof appRouter;
