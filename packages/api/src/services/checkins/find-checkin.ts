import { and, eq } from 'drizzle-orm';
import { checkins, clientProfiles, type Queryable } from '@sixstep/db';
import type { Actor } from '../../actor';
import { notFound } from '../../errors';
import { checkinColumns } from './checkin-view';

/**
 * A check-in the actor may see: the client's own, or one of the coach's own clients'. Anything
 * else, another coach's client's included, is NOT_FOUND like an id that does not exist.
 */
export async function findCheckin(db: Queryable, actor: Actor, id: string) {
  const [found] = await db
    .select({ ...checkinColumns, coachId: clientProfiles.coachId })
    .from(checkins)
    .innerJoin(clientProfiles, eq(clientProfiles.userId, checkins.clientId))
    .where(
      and(
        eq(checkins.id, id),
        actor.role === 'client'
          ? eq(checkins.clientId, actor.id)
          : eq(clientProfiles.coachId, actor.id),
      ),
    );
  if (!found) throw notFound('Check-in');
  return found;
}
