import { authRouter } from './routers/auth';
import { catalogRouter } from './routers/catalog';
import { router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  catalog: catalogRouter,
});

export type AppRouter = typeof appRouter;
