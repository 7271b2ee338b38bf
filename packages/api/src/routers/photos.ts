import { photoByIdSchema, photoListSchema } from '../schemas/photos';
import { deletePhoto } from '../services/photos/delete-photo';
import { listPhotos } from '../services/photos/list-photos';
import { clientProcedure, roleProcedure, router } from '../trpc';

/** Progress photos' facts; uploads and images go through /api/photos (binary, not tRPC). */
export const photosRouter = router({
  list: roleProcedure('coach', 'client')
    .input(photoListSchema)
    .query(({ ctx, input }) => listPhotos(ctx.db, ctx.user, input)),
  delete: clientProcedure
    .input(photoByIdSchema)
    .mutation(({ ctx, input }) => deletePhoto(ctx.db, ctx.user, input.id, ctx.now())),
});
