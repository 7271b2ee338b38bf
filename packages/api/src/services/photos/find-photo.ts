import { and, eq, or } from 'drizzle-orm';
import { clientProfiles, progressPhotos, type Queryable } from '@sixstep/db';
import type { Actor } from '../../actor';

/**
 * A photo the actor may see: their own, or one of their own client's as a coach; null for
 * anything else (another coach's client's photo looks exactly like one that does not exist).
 */
export async function findVisiblePhoto(db: Queryable, actor: Actor, id: string) {
  if (actor.role === 'admin') return null;
  const [photo] = await db
    .select({
      id: progressPhotos.id,
      clientId: progressPhotos.clientId,
      pose: progressPhotos.pose,
      takenOn: progressPhotos.takenOn,
    })
    .from(progressPhotos)
    .innerJoin(clientProfiles, eq(clientProfiles.userId, progressPhotos.clientId))
    .where(
      and(
        eq(progressPhotos.id, id),
        or(eq(progressPhotos.clientId, actor.id), eq(clientProfiles.coachId, actor.id)),
      ),
    );
  return photo ?? null;
}
