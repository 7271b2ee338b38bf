import { authedProcedure, router } from '../trpc';

export const authRouter = router({
  me: authedProcedure.query(({ ctx }) => ({
    id: ctx.user.id,
    email: ctx.user.email,
    name: ctx.user.name,
    role: ctx.user.role,
    unitPreference: ctx.user.unitPreference,
  })),
});
