import { authRouter } from './routers/auth';
import { catalogRouter } from './routers/catalog';
import { programsRouter } from './routers/programs';
import { router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  catalog: catalogRouter,
  programs: programsRouter,
});

export type AppRouter = typeof appRouter;
