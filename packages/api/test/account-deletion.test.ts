import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import {
  assignments,
  auditLog,
  checkins,
  clientProfiles,
  coachNotes,
  dayLogs,
  invitations,
  loginAttempts,
  messages,
  photoImages,
  progressPhotos,
  users,
  workoutLogs,
  type Db,
} from '@sixstep/db';
import { createHarness, type Harness } from './harness';
import { seedClientHistory } from './people-data-fixture';

let h: Harness;
const NOW = new Date('2026-03-10T12:00:00Z');
const at = () => NOW;
const profile = {
  sex: 'female',
  birthDate: '1992-02-02',
  heightCm: 160,
  startWeightKg: 70,
  activityLevel: 'light',
} as const;

beforeAll(async () => {
  h = await createHarness();
  await seedClientHistory(h.database.db, h.ids);
  await h.database.db.insert(loginAttempts).values([
    { email: 'client@test.local', succeeded: false },
    { email: 'client2@test.local', succeeded: false },
  ]);
  // The coaching loop's rows: a message, a check-in and a photo with its two images.
  const { db } = h.database;
  const [assignment] = await db
    .select({ id: assignments.id })
    .from(assignments)
    .where(eq(assignments.clientId, h.ids.client));
  await db.insert(messages).values({
    clientId: h.ids.client,
    authorId: h.ids.client,
    body: 'My back ache is better',
    idempotencyKey: 'deletion-test',
  });
  const [photo] = await db
    .insert(progressPhotos)
    .values({ clientId: h.ids.client, pose: 'back', takenOn: '2026-03-09', width: 4, height: 3 })
    .returning({ id: progressPhotos.id });
  await db.insert(photoImages).values(
    (['full', 'thumb'] as const).map((variant) => ({
      photoId: photo!.id,
      variant,
      contentType: 'image/jpeg',
      bytes: Buffer.from([0xff, 0xd8, 0xff, 0xd9]),
    })),
  );
  await db.insert(checkins).values({
    clientId: h.ids.client,
    assignmentId: assignment!.id,
    week: 1,
    date: '2026-03-09',
    energy: 3,
    hunger: 3,
    sleep: 3,
    stress: 3,
    photoIds: [photo!.id],
  });
});
afterAll(() => h.destroy());

/** Rows that hold a client's personal data, by table. */
async function personalRows(db: Db, clientId: string, email: string) {
  const n = (rows: unknown[]) => rows.length;
  return {
    users: n(await db.select().from(users).where(eq(users.id, clientId))),
    profiles: n(await db.select().from(clientProfiles).where(eq(clientProfiles.userId, clientId))),
    invitations: n(await db.select().from(invitations).where(eq(invitations.userId, clientId))),
    assignments: n(await db.select().from(assignments).where(eq(assignments.clientId, clientId))),
    dayLogs: n(await db.select().from(dayLogs).where(eq(dayLogs.clientId, clientId))),
    workouts: n(await db.select().from(workoutLogs).where(eq(workoutLogs.clientId, clientId))),
    coachNotes: n(await db.select().from(coachNotes).where(eq(coachNotes.clientId, clientId))),
    checkins: n(await db.select().from(checkins).where(eq(checkins.clientId, clientId))),
    messages: n(await db.select().from(messages).where(eq(messages.clientId, clientId))),
    photos: n(await db.select().from(progressPhotos).where(eq(progressPhotos.clientId, clientId))),
    photoImages: n(
      await db
        .select({ id: photoImages.photoId })
        .from(photoImages)
        .innerJoin(progressPhotos, eq(progressPhotos.id, photoImages.photoId))
        .where(eq(progressPhotos.clientId, clientId)),
    ),
    loginAttempts: n(await db.select().from(loginAttempts).where(eq(loginAttempts.email, email))),
  };
}

describe('clients.delete', () => {
  it('refuses a confirmation that is not the e-mail typed exactly, naming the field, and deletes nothing', async () => {
    const before = await personalRows(h.database.db, h.ids.client, 'client@test.local');
    expect(before).toEqual({
      users: 1,
      profiles: 1,
      invitations: 0,
      assignments: 2,
      dayLogs: 4,
      workouts: 4,
      coachNotes: 1,
      checkins: 1,
      messages: 1,
      photos: 1,
      photoImages: 2,
      loginAttempts: 1,
    });
    for (const confirmation of [
      '',
      'client@test',
      'Client@test.local',
      ' client@test.local',
      'Cleo Client',
    ]) {
      await expect(
        h.as('coach').clients.delete({ clientId: h.ids.client, confirmation }),
      ).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        message: expect.stringMatching(/^confirmation: /),
      });
    }
    expect(await personalRows(h.database.db, h.ids.client, 'client@test.local')).toEqual(before);
    expect(
      await h.database.db.select().from(auditLog).where(eq(auditLog.action, 'client.deleted')),
    ).toEqual([]);
  });

  it('gives another coach the same NOT_FOUND as for an unknown client, even with the right e-mail', async () => {
    const foreign = await h
      .as('otherCoach')
      .clients.delete({ clientId: h.ids.client, confirmation: 'client@test.local' })
      .catch((e: unknown) => e);
    const missing = await h
      .as('otherCoach')
      .clients.delete({
        clientId: '00000000-0000-4000-8000-000000000000',
        confirmation: 'client@test.local',
      })
      .catch((e: unknown) => e);
    expect(foreign).toMatchObject({ code: 'NOT_FOUND', message: 'Client not found' });
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: 'Client not found' });
    expect((await personalRows(h.database.db, h.ids.client, 'client@test.local')).users).toBe(1);
  });

  it('deletes only client accounts, and only for coaches and admins', async () => {
    await expect(
      h
        .as('admin')
        .clients.delete({ clientId: h.ids.otherCoach, confirmation: 'coach2@test.local' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      h.as('client').clients.delete({ clientId: h.ids.client, confirmation: 'client@test.local' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      h
        .as('anonymous')
        .clients.delete({ clientId: h.ids.client, confirmation: 'client@test.local' }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(
      h.as('coach').clients.delete({ clientId: h.ids.client } as never),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('confirmation'),
    });
    expect(
      (await h.database.db.select().from(users).where(eq(users.id, h.ids.otherCoach))).length,
    ).toBe(1);
  });

  it("lets the coach delete their client with everything personal, keeps the other client's data, and audits it without health data", async () => {
    // An accepted invitation leaves an audit row made by the client; it must outlive the account.
    const { clientId, inviteUrl } = await h
      .as('coach', { now: at })
      .clients.invite({ ...profile, email: 'leaving@example.com', name: 'Lea Leaving' });
    await h.as('anonymous', { now: at }).auth.acceptInvite({
      token: inviteUrl!.split('/').pop()!,
      name: 'Lea Leaving',
      password: 'a-long-secret-1',
    });
    await h.database.db.insert(dayLogs).values({
      clientId,
      date: '2026-03-09',
      calories: 1450,
      weightKg: 68.2,
      note: 'HEALTH: back ache',
    });
    await h.database.db
      .insert(loginAttempts)
      .values({ email: 'leaving@example.com', succeeded: true });
    const session = h.asUser(clientId, 'client');
    await expect(session.auth.me()).resolves.toMatchObject({ id: clientId });
    const otherBefore = await personalRows(h.database.db, h.ids.otherClient, 'client2@test.local');

    const result = await h
      .as('coach', { now: at })
      .clients.delete({ clientId, confirmation: 'leaving@example.com' });
    expect(result).toEqual({
      clientId,
      deleted: {
        dayLogs: 1,
        workouts: 0,
        assignments: 0,
        coachNotes: 0,
        checkins: 0,
        messages: 0,
        photos: 0,
      },
    });

    expect(await personalRows(h.database.db, clientId, 'leaving@example.com')).toEqual({
      users: 0,
      profiles: 0,
      invitations: 0,
      assignments: 0,
      dayLogs: 0,
      workouts: 0,
      coachNotes: 0,
      checkins: 0,
      messages: 0,
      photos: 0,
      photoImages: 0,
      loginAttempts: 0,
    });
    expect(await personalRows(h.database.db, h.ids.otherClient, 'client2@test.local')).toEqual(
      otherBefore,
    );
    await expect(session.auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });

    const [row] = await h.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'client.deleted'), eq(auditLog.entityId, clientId)));
    expect(row).toMatchObject({
      actorId: h.ids.coach,
      entity: 'client',
      createdAt: NOW,
      details: {
        coachId: h.ids.coach,
        deleted: {
          dayLogs: 1,
          workouts: 0,
          assignments: 0,
          coachNotes: 0,
          checkins: 0,
          messages: 0,
          photos: 0,
        },
      },
    });
    // After erasure no reversible trace of the address stays, not even its plain hash.
    const everything = JSON.stringify(await h.database.db.select().from(auditLog));
    expect(everything).not.toContain('leaving@example.com');
    expect(everything).not.toContain(
      createHash('sha256').update('leaving@example.com').digest('hex'),
    );
    const everyRowAboutThem = await h.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, clientId));
    expect(everyRowAboutThem.map((r) => r.action).sort()).toEqual([
      'client.deleted',
      'client.invite_accepted',
      'client.invited',
    ]);
    expect(
      everyRowAboutThem.find((r) => r.action === 'client.invite_accepted')!.actorId,
    ).toBeNull();
    const auditText = JSON.stringify(everyRowAboutThem);
    expect(auditText).not.toContain('leaving@example.com');
    expect(auditText).not.toMatch(/back ache|1450|68\.2/);
  });

  it('lets an admin delete any client, with all their logs, workouts, assignments and notes', async () => {
    const result = await h
      .as('admin', { now: at })
      .clients.delete({ clientId: h.ids.client, confirmation: 'client@test.local' });
    expect(result.deleted).toEqual({
      dayLogs: 4,
      workouts: 4,
      assignments: 2,
      coachNotes: 1,
      checkins: 1,
      messages: 1,
      photos: 1,
    });
    expect(await personalRows(h.database.db, h.ids.client, 'client@test.local')).toEqual({
      users: 0,
      profiles: 0,
      invitations: 0,
      assignments: 0,
      dayLogs: 0,
      workouts: 0,
      coachNotes: 0,
      checkins: 0,
      messages: 0,
      photos: 0,
      photoImages: 0,
      loginAttempts: 0,
    });
    // The coach, the exercise and the program the client used stay.
    expect((await h.database.db.select().from(users).where(eq(users.id, h.ids.coach))).length).toBe(
      1,
    );
    await expect(h.as('coach').clients.get({ clientId: h.ids.client })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const again = await h
      .as('admin')
      .clients.delete({ clientId: h.ids.client, confirmation: 'client@test.local' })
      .catch((e: unknown) => e);
    expect(again).toMatchObject({ code: 'NOT_FOUND' });
  });
});
