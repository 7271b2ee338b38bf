import { TRPCError } from '@trpc/server';
import { and, eq, isNull } from 'drizzle-orm';
import { checkins, type Db } from '@sixstep/db';
import type { Actor } from '../../actor';
import type { CheckinReviewInput } from '../../schemas/checkins';
import { recordAudit } from '../audit/record-audit';
import { emitDomainEvent } from '../events/domain-events';
import { postMessage } from '../messages/send-message';
import { checkinColumns } from './checkin-view';
import { findCheckin } from './find-checkin';

/**
 * The coach marks a check-in reviewed, which closes it to edits; a reply goes into the
 * conversation as the coach's message (keyed by the check-in, so a retried review posts it once).
 */
export async function reviewCheckin(db: Db, coach: Actor, input: CheckinReviewInput, now: Date) {
  return db.transaction(async (tx) => {
    const checkin = await findCheckin(tx, coach, input.id);
    const [reviewed] = await tx
      .update(checkins)
      .set({ reviewedAt: now, reviewedBy: coach.id, reply: input.reply ?? null })
      .where(and(eq(checkins.id, checkin.id), isNull(checkins.reviewedAt)))
      .returning(checkinColumns);
    if (!reviewed)
      throw new TRPCError({ code: 'CONFLICT', message: 'This check-in has already been reviewed' });
    const conversation = { clientId: checkin.clientId, coachId: coach.id };
    const message = input.reply
      ? await postMessage(tx, coach, conversation, `checkin-review-${checkin.id}`, input.reply, now)
      : null;
    await recordAudit(
      tx,
      {
        actorId: coach.id,
        action: 'checkin.reviewed',
        entity: 'checkin',
        entityId: checkin.id,
        details: { clientId: checkin.clientId, week: checkin.week, replied: message !== null },
      },
      now,
    );
    await emitDomainEvent(tx, { type: 'checkin.reviewed', ...conversation, checkinId: checkin.id });
    return { ...reviewed, messageId: message?.id ?? null };
  });
}
