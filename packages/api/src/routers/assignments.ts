import {
  assignmentCreateSchema,
  assignmentCurrentSchema,
  assignmentEndSchema,
  assignmentUpdateSchema,
} from '../schemas/assignments';
import {
  createAssignment,
  getCurrentAssignmentOfClient,
  endAssignment,
  updateAssignment,
} from '../services/assignments/assignments';
import { coachProcedure, router } from '../trpc';

export const assignmentsRouter = router({
  current: coachProcedure
    .input(assignmentCurrentSchema)
    .query(({ ctx, input }) =>
      getCurrentAssignmentOfClient(ctx.db, ctx.user, input.clientId, ctx.now()),
    ),
  create: coachProcedure
    .input(assignmentCreateSchema)
    .mutation(({ ctx, input }) => createAssignment(ctx.db, ctx.user, input, ctx.now())),
  update: coachProcedure
    .input(assignmentUpdateSchema)
    .mutation(({ ctx, input }) => updateAssignment(ctx.db, ctx.user, input, ctx.now())),
  end: coachProcedure
    .input(assignmentEndSchema)
    .mutation(({ ctx, input }) => endAssignment(ctx.db, ctx.user, input, ctx.now())),
});
