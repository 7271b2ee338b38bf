import { and, eq, sql } from 'drizzle-orm';
import { checkins, progressPhotos, type Db } from '@sixstep/db';
import type { Actor } from '../../actor';
import { notFound } from '../../errors';
import { recordAudit } from '../audit/record-audit';
import { postgresPhotoStore, type PhotoStore } from './photo-store';

/** The client deletes one of their own photos: images, row and its place in check-ins; audited. */
export async function deletePhoto(
  db: Db,
  client: Actor,
  id: string,
  now: Date,
  store: PhotoStore = postgresPhotoStore,
) {
  return db.transaction(async (tx) => {
    const [photo] = await tx
      .select({ id: progressPhotos.id, pose: progressPhotos.pose, takenOn: progressPhotos.takenOn })
      .from(progressPhotos)
      .where(and(eq(progressPhotos.id, id), eq(progressPhotos.clientId, client.id)));
    if (!photo) throw notFound('Photo');
    await store.remove(tx, photo.id);
    await tx.delete(progressPhotos).where(eq(progressPhotos.id, photo.id));
    await tx
      .update(checkins)
      .set({ photoIds: sql`array_remove(${checkins.photoIds}, ${photo.id}::uuid)` })
      .where(eq(checkins.clientId, client.id));
    await recordAudit(
      tx,
      {
        actorId: client.id,
        action: 'photo.deleted',
        entity: 'photo',
        entityId: photo.id,
        details: { clientId: client.id, pose: photo.pose, takenOn: photo.takenOn },
      },
      now,
    );
    return { id: photo.id };
  });
}
