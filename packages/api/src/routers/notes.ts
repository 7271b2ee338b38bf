import { noteByIdSchema, noteCreateSchema, noteListSchema } from '../schemas/notes';
import { createNote, deleteNote, listNotes } from '../services/notes/notes';
import { coachProcedure, router } from '../trpc';

/** Private notes: coaches only, each on their own clients; clients never reach them. */
export const notesRouter = router({
  list: coachProcedure
    .input(noteListSchema)
    .query(({ ctx, input }) => listNotes(ctx.db, ctx.user, input.clientId)),
  create: coachProcedure
    .input(noteCreateSchema)
    .mutation(({ ctx, input }) => createNote(ctx.db, ctx.user, input, ctx.now())),
  delete: coachProcedure
    .input(noteByIdSchema)
    .mutation(({ ctx, input }) => deleteNote(ctx.db, ctx.user, input.id, ctx.now())),
});
