import { accountRouter } from './routers/account';
import { authRouter } from './routers/auth';
import { catalogRouter } from './routers/catalog';
import { clientsRouter } from './routers/clients';
import { coachesRouter } from './routers/coaches';
import { programsRouter } from './routers/programs';
import { router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  account: accountRouter,
  catalog: catalogRouter,
  programs: programsRouter,
  coaches: coachesRouter,
  clients: clientsRouter,
});

export type AppRouter = typeof appRouter;
