import { and, eq } from 'drizzle-orm';
import { photoImages, type Queryable } from '@sixstep/db';

export const PHOTO_VARIANTS = ['full', 'thumb'] as const;
export type PhotoVariant = (typeof PHOTO_VARIANTS)[number];

export interface StoredImage {
  contentType: string;
  bytes: Buffer;
}

/**
 * Where a photo's images live. The default keeps them in PostgreSQL (table photo_images), so
 * every instance sees them and the documented backup holds them; an S3-compatible store would
 * implement these three calls (and be told of deletions, which PostgreSQL does by cascade).
 */
export interface PhotoStore {
  save(tx: Queryable, photoId: string, images: Record<PhotoVariant, StoredImage>): Promise<void>;
  read(db: Queryable, photoId: string, variant: PhotoVariant): Promise<StoredImage | null>;
  remove(tx: Queryable, photoId: string): Promise<void>;
}

export const postgresPhotoStore: PhotoStore = {
  async save(tx, photoId, images) {
    await tx
      .insert(photoImages)
      .values(PHOTO_VARIANTS.map((variant) => ({ photoId, variant, ...images[variant] })));
  },
  async read(db, photoId, variant) {
    const [image] = await db
      .select({ contentType: photoImages.contentType, bytes: photoImages.bytes })
      .from(photoImages)
      .where(and(eq(photoImages.photoId, photoId), eq(photoImages.variant, variant)));
    return image ?? null;
  },
  async remove(tx, photoId) {
    await tx.delete(photoImages).where(eq(photoImages.photoId, photoId));
  },
};
