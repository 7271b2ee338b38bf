import { asc, inArray } from 'drizzle-orm';
import { progressPhotos, type Db } from '@sixstep/db';
import type { Actor } from '../../actor';
import { findCheckin } from './find-checkin';

/** One check-in with its photos' facts (the images come from GET /api/photos/{id}). */
export async function getCheckin(db: Db, actor: Actor, id: string) {
  const { coachId: _coachId, ...checkin } = await findCheckin(db, actor, id);
  const photos = checkin.photoIds.length
    ? await db
        .select({
          id: progressPhotos.id,
          pose: progressPhotos.pose,
          takenOn: progressPhotos.takenOn,
        })
        .from(progressPhotos)
        .where(inArray(progressPhotos.id, checkin.photoIds))
        .orderBy(asc(progressPhotos.pose))
    : [];
  return { ...checkin, photos };
}
