import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { checkins, type Db } from '@sixstep/db';
import type { Actor } from '../../actor';
import type { CheckinListInput } from '../../schemas/checkins';
import { resolveClientScope } from '../clients/resolve-client-scope';
import { checkinColumns } from './checkin-view';

/** A client's check-ins, newest first; `status` keeps the waiting or the reviewed ones. */
export async function listCheckins(db: Db, actor: Actor, input: CheckinListInput) {
  const clientId = await resolveClientScope(db, actor, input.clientId);
  const status =
    input.status === 'waiting'
      ? isNull(checkins.reviewedAt)
      : input.status === 'reviewed'
        ? isNotNull(checkins.reviewedAt)
        : undefined;
  return db
    .select(checkinColumns)
    .from(checkins)
    .where(and(eq(checkins.clientId, clientId), status))
    .orderBy(desc(checkins.date), desc(checkins.submittedAt));
}
