import {
  exerciseArchiveSchema,
  exerciseByIdSchema,
  exerciseCreateSchema,
  exerciseListSchema,
  exerciseUpdateSchema,
} from '../schemas/catalog';
import {
  archiveExercise,
  createExercise,
  listExerciseHistory,
  getExercise,
  listExercises,
  restoreExercise,
  updateExercise,
} from '../services/catalog/exercises';
import { adminProcedure, authedProcedure, router } from '../trpc';

export const catalogRouter = router({
  list: authedProcedure
    .input(exerciseListSchema)
    .query(({ ctx, input }) => listExercises(ctx.db, ctx.user, input)),
  get: authedProcedure
    .input(exerciseByIdSchema)
    .query(({ ctx, input }) => getExercise(ctx.db, ctx.user, input.id)),
  create: adminProcedure
    .input(exerciseCreateSchema)
    .mutation(({ ctx, input }) => createExercise(ctx.db, ctx.user, input, ctx.now())),
  update: adminProcedure
    .input(exerciseUpdateSchema)
    .mutation(({ ctx, input }) => updateExercise(ctx.db, ctx.user, input, ctx.now())),
  archive: adminProcedure
    .input(exerciseArchiveSchema)
    .mutation(({ ctx, input }) => archiveExercise(ctx.db, ctx.user, input, ctx.now())),
  restore: adminProcedure
    .input(exerciseByIdSchema)
    .mutation(({ ctx, input }) => restoreExercise(ctx.db, ctx.user, input, ctx.now())),
  history: adminProcedure
    .input(exerciseByIdSchema)
    .query(({ ctx, input }) => listExerciseHistory(ctx.db, input.id)),
});
