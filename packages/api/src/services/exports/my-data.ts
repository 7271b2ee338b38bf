import { dayLogColumns } from '../logs/logs';
import { asc, eq, sql } from 'drizzle-orm';
import {
  assignments,
  checkins,
  clientProfiles,
  messages,
  progressPhotos,
  dayLogs,
  exercises,
  invitations,
  programs,
  users,
  workoutLogs,
  type Db,
} from '@sixstep/db';
import type { Actor } from '../../actor';
import type { DownloadFile } from '../../infra/csv';
import { getUtcToday } from '../../infra/calendar';
import { checkinColumns } from '../checkins/checkin-view';

/**
 * Everything Sixstep keeps about the signed-in client, as one JSON document they can take away:
 * account (never the password hash), profile, invitations (never the token hash), assignments
 * with their personalised targets, day logs and workouts, weekly check-ins, the conversation with
 * their coach and their progress photos (facts and ids: the images are fetched one by one from
 * GET /api/photos/{id}, too big for one JSON document). Coach notes are the coach's working
 * notes, not the client's data, and are never included.
 */
export async function collectMyData(db: Db, client: Actor) {
  const [account, profile, invites, plans, days, workouts, checkIns, conversation, photos] =
    await Promise.all([
      db
        .select({
          id: users.id,
          email: users.email,
          name: users.name,
          role: users.role,
          unitPreference: users.unitPreference,
          createdAt: users.createdAt,
          updatedAt: users.updatedAt,
        })
        .from(users)
        .where(eq(users.id, client.id)),
      db
        .select({
          coachName: users.name,
          sex: clientProfiles.sex,
          birthDate: clientProfiles.birthDate,
          heightCm: clientProfiles.heightCm,
          startWeightKg: clientProfiles.startWeightKg,
          activityLevel: clientProfiles.activityLevel,
          createdAt: clientProfiles.createdAt,
          updatedAt: clientProfiles.updatedAt,
        })
        .from(clientProfiles)
        .innerJoin(users, eq(users.id, clientProfiles.coachId))
        .where(eq(clientProfiles.userId, client.id)),
      db
        .select({
          createdAt: invitations.createdAt,
          expiresAt: invitations.expiresAt,
          acceptedAt: invitations.acceptedAt,
        })
        .from(invitations)
        .where(eq(invitations.userId, client.id))
        .orderBy(asc(invitations.createdAt)),
      db
        .select({
          id: assignments.id,
          programName: programs.name,
          startDate: assignments.startDate,
          weeks: assignments.weeks,
          endedOn: assignments.endedOn,
          status: assignments.status,
          targets: assignments.targets,
          createdAt: assignments.createdAt,
          updatedAt: assignments.updatedAt,
        })
        .from(assignments)
        .innerJoin(programs, eq(programs.id, assignments.programId))
        .where(eq(assignments.clientId, client.id))
        .orderBy(asc(assignments.startDate), asc(assignments.createdAt)),
      db
        .select({ ...dayLogColumns, createdAt: dayLogs.createdAt })
        .from(dayLogs)
        .where(eq(dayLogs.clientId, client.id))
        .orderBy(asc(dayLogs.date)),
      db
        .select({
          id: workoutLogs.id,
          date: workoutLogs.date,
          kind: workoutLogs.kind,
          exerciseId: workoutLogs.exerciseId,
          exerciseName: exercises.name,
          sets: workoutLogs.sets,
          minutes: workoutLogs.minutes,
          activity: workoutLogs.activity,
          intervals: workoutLogs.intervals,
          idempotencyKey: workoutLogs.idempotencyKey,
          createdAt: workoutLogs.createdAt,
        })
        .from(workoutLogs)
        .leftJoin(exercises, eq(exercises.id, workoutLogs.exerciseId))
        .where(eq(workoutLogs.clientId, client.id))
        .orderBy(asc(workoutLogs.date), asc(workoutLogs.createdAt), asc(workoutLogs.id)),
      db
        .select(checkinColumns)
        .from(checkins)
        .where(eq(checkins.clientId, client.id))
        .orderBy(asc(checkins.date)),
      db
        .select({
          id: messages.id,
          fromCoach: sql<boolean>`${messages.authorId} <> ${client.id}`,
          body: messages.body,
          createdAt: messages.createdAt,
          readAt: messages.readAt,
        })
        .from(messages)
        .where(eq(messages.clientId, client.id))
        .orderBy(asc(messages.createdAt), asc(messages.id)),
      db
        .select({
          id: progressPhotos.id,
          pose: progressPhotos.pose,
          takenOn: progressPhotos.takenOn,
          width: progressPhotos.width,
          height: progressPhotos.height,
          createdAt: progressPhotos.createdAt,
        })
        .from(progressPhotos)
        .where(eq(progressPhotos.clientId, client.id))
        .orderBy(asc(progressPhotos.takenOn), asc(progressPhotos.createdAt)),
    ]);
  return {
    units: { mass: 'kg', length: 'cm', energy: 'kcal', duration: 'min' },
    account: account[0]!,
    profile: profile[0] ?? null,
    invitations: invites,
    assignments: plans,
    dayLogs: days,
    workouts: workouts,
    checkins: checkIns,
    messages: conversation,
    photos: photos.map((p) => ({ ...p, image: `/api/photos/${p.id}?size=full` })),
  };
}

export type MyData = Awaited<ReturnType<typeof collectMyData>>;

/** The client's data as a JSON file download (dates as ISO 8601 strings). */
export async function exportMyDataFile(db: Db, client: Actor, now: Date): Promise<DownloadFile> {
  const data = { exportedAt: now.toISOString(), ...(await collectMyData(db, client)) };
  return {
    filename: `sixstep-my-data-${getUtcToday(now)}.json`,
    contentType: 'application/json',
    body: JSON.stringify(data, null, 2),
  };
}
