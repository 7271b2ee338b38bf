import { TRPCError } from '@trpc/server';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { checkinWeekFor } from '@sixstep/domain';
import { checkins, progressPhotos, type Db } from '@sixstep/db';
import type { Actor } from '../../actor';
import { badInput } from '../../errors';
import type { CheckinSubmitInput } from '../../schemas/checkins';
import { findCurrentAssignment } from '../assignments/assignments';
import { refuseFutureDate } from '../../infra/calendar';
import { emitDomainEvent } from '../events/domain-events';
import { resolveConversation } from '../messages/resolve-conversation';
import { checkinColumns } from './checkin-view';

/**
 * The client's check-in for the program week `date` falls in: the first submit stores it, a later
 * one the same week replaces it, until the coach has reviewed it (then CONFLICT).
 */
export async function submitCheckin(db: Db, client: Actor, input: CheckinSubmitInput, now: Date) {
  refuseFutureDate('date', input.date, now);
  return db.transaction(async (tx) => {
    const assignment = await findCurrentAssignment(tx, client.id);
    if (!assignment) throw badInput('date', 'You have no program yet, so there is no check-in');
    const week = checkinWeekFor(assignment, input.date);
    if (week === null)
      throw badInput(
        'date',
        `The date is outside your program (${assignment.startDate} to ${assignment.endDate})`,
      );
    const photoIds = [...new Set(input.photoIds ?? [])];
    if (photoIds.length) {
      const own = await tx
        .select({ id: progressPhotos.id })
        .from(progressPhotos)
        .where(and(inArray(progressPhotos.id, photoIds), eq(progressPhotos.clientId, client.id)));
      if (own.length !== photoIds.length) throw badInput('photoIds', 'Photo not found');
    }
    const values = {
      date: input.date,
      weightKg: input.weightKg ?? null,
      waistCm: input.waistCm ?? null,
      hipsCm: input.hipsCm ?? null,
      chestCm: input.chestCm ?? null,
      energy: input.energy,
      hunger: input.hunger,
      sleep: input.sleep,
      stress: input.stress,
      win: input.win ?? null,
      struggle: input.struggle ?? null,
      question: input.question ?? null,
      photoIds,
      updatedAt: now,
    };
    const [stored] = await tx
      .insert(checkins)
      .values({
        clientId: client.id,
        assignmentId: assignment.id,
        week,
        submittedAt: now,
        ...values,
      })
      .onConflictDoUpdate({
        target: [checkins.assignmentId, checkins.week],
        set: values,
        setWhere: isNull(checkins.reviewedAt),
      })
      .returning({ ...checkinColumns, inserted: sql<boolean>`(xmax = 0)` });
    if (!stored)
      throw new TRPCError({
        code: 'CONFLICT',
        message: `Your coach has already reviewed the check-in of week ${week}; it can no longer be changed`,
      });
    const conversation = await resolveConversation(tx, client, undefined);
    await emitDomainEvent(tx, { type: 'checkin.submitted', ...conversation, checkinId: stored.id });
    const { inserted, ...checkin } = stored;
    return { ...checkin, created: Boolean(inserted) };
  });
}
