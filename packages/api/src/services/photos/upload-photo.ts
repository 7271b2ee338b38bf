import { progressPhotos, type Db } from '@sixstep/db';
import type { Actor } from '../../actor';
import { postgresPhotoStore, type PhotoStore } from './photo-store';
import { processPhoto } from './process-photo';

/** Resizes, strips and stores one progress photo of the client; returns its id. */
export async function uploadPhoto(
  db: Db,
  client: Actor,
  upload: { bytes: Buffer; pose: 'front' | 'side' | 'back'; takenOn: string },
  now: Date,
  store: PhotoStore = postgresPhotoStore,
) {
  const { images, width, height } = await processPhoto(upload.bytes);
  return db.transaction(async (tx) => {
    const [photo] = await tx
      .insert(progressPhotos)
      .values({
        clientId: client.id,
        pose: upload.pose,
        takenOn: upload.takenOn,
        width,
        height,
        createdAt: now,
      })
      .returning({ id: progressPhotos.id });
    await store.save(tx, photo!.id, images);
    return { id: photo!.id };
  });
}
