import { programByIdSchema, programCreateSchema, programUpdateSchema } from '../schemas/programs';
import {
  createProgram,
  getProgram,
  listPrograms,
  updateProgram,
} from '../services/programs/programs';
import { roleProcedure, router } from '../trpc';

const coachOrAdmin = roleProcedure('coach', 'admin');

export const programsRouter = router({
  list: coachOrAdmin.query(({ ctx }) => listPrograms(ctx.db, ctx.user)),
  get: coachOrAdmin
    .input(programByIdSchema)
    .query(({ ctx, input }) => getProgram(ctx.db, ctx.user, input.id)),
  create: coachOrAdmin
    .input(programCreateSchema)
    .mutation(({ ctx, input }) => createProgram(ctx.db, ctx.user, input, ctx.now())),
  update: coachOrAdmin
    .input(programUpdateSchema)
    .mutation(({ ctx, input }) => updateProgram(ctx.db, ctx.user, input, ctx.now())),
});
