import { and, desc, eq } from 'drizzle-orm';
import { progressPhotos, type Db } from '@sixstep/db';
import type { Actor } from '../../actor';
import type { PhotoListInput } from '../../schemas/photos';
import { resolveClientScope } from '../clients/resolve-client-scope';

/** A client's progress photos (facts only), newest first; the images come from GET /api/photos/{id}. */
export async function listPhotos(db: Db, actor: Actor, input: PhotoListInput) {
  const clientId = await resolveClientScope(db, actor, input.clientId);
  return db
    .select({
      id: progressPhotos.id,
      pose: progressPhotos.pose,
      takenOn: progressPhotos.takenOn,
      width: progressPhotos.width,
      height: progressPhotos.height,
      createdAt: progressPhotos.createdAt,
    })
    .from(progressPhotos)
    .where(
      and(
        eq(progressPhotos.clientId, clientId),
        input.pose ? eq(progressPhotos.pose, input.pose) : undefined,
      ),
    )
    .orderBy(desc(progressPhotos.takenOn), desc(progressPhotos.createdAt));
}
