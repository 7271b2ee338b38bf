import { asc, and, eq, isNull } from 'drizzle-orm';
import { checkins, clientProfiles, users, type Db } from '@sixstep/db';
import type { Actor } from '../../actor';
import { getClientAdherence } from '../adherence/get-client-adherence';

/**
 * The coach's check-ins waiting for review, oldest first, each with the client's adherence in the
 * program week it covers (the domain's weekly score, null when nothing of that week counted yet).
 */
export async function reviewQueue(db: Db, coach: Actor, now: Date) {
  const waiting = await db
    .select({
      id: checkins.id,
      clientId: checkins.clientId,
      clientName: users.name,
      week: checkins.week,
      date: checkins.date,
      submittedAt: checkins.submittedAt,
      question: checkins.question,
      photoCount: checkins.photoIds,
    })
    .from(checkins)
    .innerJoin(clientProfiles, eq(clientProfiles.userId, checkins.clientId))
    .innerJoin(users, eq(users.id, checkins.clientId))
    .where(and(eq(clientProfiles.coachId, coach.id), isNull(checkins.reviewedAt)))
    .orderBy(asc(checkins.submittedAt), asc(checkins.id));
  const weeksByClient = new Map<string, Map<number, number | null>>();
  for (const clientId of new Set(waiting.map((w) => w.clientId))) {
    const adherence = await getClientAdherence(db, coach, { clientId }, now);
    weeksByClient.set(clientId, new Map(adherence.weeks.map((w) => [w.week, w.scores.overall])));
  }
  return waiting.map(({ photoCount, ...w }) => ({
    ...w,
    photoCount: photoCount.length,
    weekAdherence: weeksByClient.get(w.clientId)?.get(w.week) ?? null,
  }));
}
