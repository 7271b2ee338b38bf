import { z } from 'zod';
import { isoDateSchema } from '@sixstep/domain';
import { idOf } from './ids';

export const PHOTO_POSES = ['front', 'side', 'back'] as const;
export const photoPoseSchema = z.enum(PHOTO_POSES, {
  error: `Pose must be one of ${PHOTO_POSES.join(', ')}`,
});

/** The form fields of POST /api/photos besides the file itself. */
export const photoUploadFieldsSchema = z.object({
  pose: photoPoseSchema,
  takenOn: isoDateSchema.optional(),
});

export const photoListSchema = z
  .object({ clientId: idOf('Client').optional(), pose: photoPoseSchema.optional() })
  .default({});
export type PhotoListInput = z.infer<typeof photoListSchema>;

export const photoByIdSchema = z.object({ id: idOf('Photo') });
