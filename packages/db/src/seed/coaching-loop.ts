import { and, eq, inArray } from 'drizzle-orm';
import { addDays, checkinDueDate, programWeekOf } from '@sixstep/domain';
import type { Queryable } from '../client';
import { checkins, messages, photoImages, progressPhotos } from '../schema';
import type { SeededAssignment } from './assignments';
import type { DemoClient } from './people';
import { drawProgressImage } from './photos';
import { randomFor } from './random';

/** Clients whose check-ins carry drawn progress images (a few are enough for the comparison). */
const WITH_PHOTOS = new Set(['client@sixstep.test', 'priya@sixstep.test', 'marcus@sixstep.test']);

const REPLIES = [
  'Solid week. Keep the rows slow on the way down; that is where the back work happens.',
  'Nice consistency. Add one more cardio session if you can fit it in.',
  'Good numbers. Your waist is moving the right way: keep the protein at breakfast.',
  'Thanks for the honest answers. Let us plan the treats ahead for the weekend.',
];
const WINS = [
  'Hit all three strength sessions',
  'Rowed 30 minutes twice',
  'Planned my treats',
  'Slept better',
];
const STRUGGLES = [
  'Late work days',
  'Snacking in the evening',
  'Sore shoulders after pulldowns',
  'Skipped HIIT',
];

const at = (date: string, hour: number) =>
  new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);

export interface CoachingLoopSummary {
  checkins: number;
  messages: number;
  photos: number;
}

/**
 * A few weeks of the coaching loop for each demo client with an active assignment: check-ins for
 * the finished weeks (reviewed, most with a reply that is also in the conversation; the last one
 * waiting; one week missed), measurements that shrink plausibly, a short conversation, and drawn
 * progress images for a few clients. Keyed like the logs, so a second run adds nothing.
 */
export async function seedCoachingLoop(
  tx: Queryable,
  {
    clients,
    userIds,
    active,
    today,
  }: {
    clients: readonly DemoClient[];
    userIds: Map<string, string>;
    active: Map<string, SeededAssignment>;
    today: string;
  },
): Promise<CoachingLoopSummary> {
  const summary: CoachingLoopSummary = { checkins: 0, messages: 0, photos: 0 };
  for (const client of clients) {
    const clientId = userIds.get(client.email)!;
    const coachId = userIds.get(client.coachEmail)!;
    const assignment = active.get(clientId);
    if (!assignment) continue;
    const random = randomFor(`${client.email}|coaching-loop`);
    const schedule = { ...assignment, endedOn: null, checkinWeekday: null };
    const finishedWeeks = programWeekOf(assignment.startDate, today) - 1;
    if (finishedWeeks < 1) continue;
    const missedWeek =
      client.pattern === 'excellent' ? null : Math.max(1, finishedWeeks - 2 - random.int(0, 2));
    const { sex, startWeightKg, heightCm } = client.profile;
    const waist0 = (sex === 'female' ? 0.48 : 0.52) * heightCm + (startWeightKg - 70) * 0.35;
    const rows: Array<typeof checkins.$inferInsert> = [];
    const replies: Array<typeof messages.$inferInsert> = [];
    for (let week = 1; week <= finishedWeeks; week++) {
      if (week === missedWeek) continue;
      const date = checkinDueDate(schedule, week);
      const trend = week - 1;
      const waiting = week === finishedWeeks;
      const reply = !waiting && random.chance(0.7) ? random.pick(REPLIES) : null;
      const round = (n: number) => Math.round(n * 10) / 10;
      rows.push({
        clientId,
        assignmentId: assignment.id,
        week,
        date,
        weightKg: round(startWeightKg - 0.45 * trend + random.between(-0.4, 0.4)),
        waistCm: round(waist0 - 0.5 * trend + random.between(-0.4, 0.4)),
        hipsCm: round(
          waist0 + (sex === 'female' ? 18 : 7) - 0.35 * trend + random.between(-0.4, 0.4),
        ),
        chestCm: round(
          waist0 + (sex === 'female' ? 10 : 14) - 0.2 * trend + random.between(-0.4, 0.4),
        ),
        energy: random.int(2, 5),
        hunger: random.int(1, 4),
        sleep: random.int(2, 5),
        stress: random.int(1, 4),
        win: random.pick(WINS),
        struggle: random.chance(0.6) ? random.pick(STRUGGLES) : null,
        question: week === finishedWeeks ? 'Can I swap a cardio day for a long walk?' : null,
        submittedAt: at(date, 19),
        updatedAt: at(date, 19),
        reviewedAt: waiting ? null : at(addDays(date, 1), 9),
        reviewedBy: waiting ? null : coachId,
        reply,
      });
      if (reply)
        replies.push({
          clientId,
          authorId: coachId,
          body: reply,
          idempotencyKey: `seed-review-${client.email}-w${week}`,
          createdAt: at(addDays(date, 1), 9),
          readAt: at(addDays(date, 1), 18),
        });
    }
    const inserted = await tx
      .insert(checkins)
      .values(rows)
      .onConflictDoNothing()
      .returning({ id: checkins.id, week: checkins.week, date: checkins.date });
    summary.checkins += inserted.length;

    const lastDay = addDays(today, -1);
    const talk: Array<typeof messages.$inferInsert> = [
      ...replies,
      {
        clientId,
        authorId: clientId,
        body: 'Hi! Is it fine to do the strength session and the rowing on the same day?',
        idempotencyKey: `seed-talk-${client.email}-1`,
        createdAt: at(addDays(today, -3), 8),
        readAt: at(addDays(today, -3), 12),
      },
      {
        clientId,
        authorId: coachId,
        body: 'Yes: rowing first as a warm-up, then the back exercises. See https://example.org/rowing-technique for the stroke.',
        idempotencyKey: `seed-talk-${client.email}-2`,
        createdAt: at(addDays(today, -3), 12),
        readAt: at(addDays(today, -3), 19),
      },
      {
        clientId,
        authorId: clientId,
        body: 'Thanks, that worked well this morning.',
        idempotencyKey: `seed-talk-${client.email}-3`,
        createdAt: at(lastDay, 7),
        // Some clients' last message is still unread, so the roster shows unread counts.
        readAt: random.chance(0.5) ? at(lastDay, 10) : null,
      },
    ];
    summary.messages += (
      await tx.insert(messages).values(talk).onConflictDoNothing().returning({ id: messages.id })
    ).length;

    if (WITH_PHOTOS.has(client.email) && inserted.length > 0)
      summary.photos += await seedPhotos(tx, clientId, inserted);
  }
  return summary;
}

/** Back and front drawings for the first and the latest check-in (only once per client). */
async function seedPhotos(
  tx: Queryable,
  clientId: string,
  inserted: Array<{ id: string; week: number; date: string }>,
): Promise<number> {
  const [existing] = await tx
    .select({ id: progressPhotos.id })
    .from(progressPhotos)
    .where(eq(progressPhotos.clientId, clientId))
    .limit(1);
  if (existing) return 0;
  const sorted = [...inserted].sort((a, b) => a.week - b.week);
  const picked = [sorted[0]!, sorted.at(-1)!].filter((c, i, all) => all.indexOf(c) === i);
  const hue = randomFor(clientId).int(15, 35);
  let count = 0;
  for (const [i, checkin] of picked.entries()) {
    const ids: string[] = [];
    for (const pose of ['back', 'front'] as const) {
      const image = await drawProgressImage({ pose, progress: i === 0 ? 0 : 1, hue });
      const [photo] = await tx
        .insert(progressPhotos)
        .values({ clientId, pose, takenOn: checkin.date, width: image.width, height: image.height })
        .returning({ id: progressPhotos.id });
      await tx.insert(photoImages).values([
        { photoId: photo!.id, variant: 'full', contentType: 'image/jpeg', bytes: image.full },
        { photoId: photo!.id, variant: 'thumb', contentType: 'image/jpeg', bytes: image.thumb },
      ]);
      ids.push(photo!.id);
      count++;
    }
    await tx
      .update(checkins)
      .set({ photoIds: ids })
      .where(and(eq(checkins.id, checkin.id), inArray(checkins.clientId, [clientId])));
  }
  return count;
}
