import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, hashPassword, users } from '@sixstep/db';
import { SESSION_MAX_AGE_MS } from '@sixstep/domain';
import { appRouter, createCallerFactory, createContext, type SessionClaims } from '../src/index';
import { createHarness, currentSession, type Harness } from './harness';

const createCaller = createCallerFactory(appRouter);
let h: Harness;
const PASSWORD = 'the current password';

beforeAll(async () => {
  h = await createHarness();
  const passwordHash = await hashPassword(PASSWORD);
  await h.database.db.update(users).set({ passwordHash });
});
afterAll(() => h.destroy());

/** A caller holding exactly these claims, as a copied cookie would: never refreshed. */
const withCookie = (claims: SessionClaims, now?: Date) =>
  createCaller(
    createContext({ db: h.database.db, session: claims, ...(now && { now: () => now }) }),
  );

describe('sessions that can be ended', () => {
  it('a cookie taken before "sign out everywhere" answers 401 on the next call', async () => {
    const stolen = await currentSession(h.database.db, h.ids.client, 'client');
    await expect(withCookie(stolen).auth.me()).resolves.toMatchObject({ id: h.ids.client });
    const { sessionVersion } = await withCookie(stolen).account.signOutEverywhere();
    expect(sessionVersion).toBe(stolen.sessionVersion + 1);
    await expect(withCookie(stolen).auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(withCookie(stolen).plan.today({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    // A new sign-in carries the new version and works.
    const fresh = await currentSession(h.database.db, h.ids.client, 'client');
    await expect(withCookie(fresh).auth.me()).resolves.toMatchObject({ id: h.ids.client });
    const [audit] = await h.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'auth.sessions_ended'));
    expect(audit).toMatchObject({
      entityId: h.ids.client,
      details: { reason: 'sign_out_everywhere' },
    });
  });

  it('a password change ends every other session and hands back the version to renew this one', async () => {
    const other = await currentSession(h.database.db, h.ids.coach, 'coach');
    const mine = await currentSession(h.database.db, h.ids.coach, 'coach');
    const { sessionVersion } = await withCookie(mine).account.changePassword({
      currentPassword: PASSWORD,
      newPassword: 'quiet harbour lantern 42',
    });
    await expect(withCookie(other).auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(withCookie({ ...mine, sessionVersion }).auth.me()).resolves.toMatchObject({
      id: h.ids.coach,
    });
  });

  it('a password change asks for the current password and refuses a weak new one, naming the field', async () => {
    const session = await currentSession(h.database.db, h.ids.otherCoach, 'coach');
    await expect(
      withCookie(session).account.changePassword({
        currentPassword: 'not the password',
        newPassword: 'quiet harbour lantern 42',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/^currentPassword: /),
    });
    await expect(
      withCookie(session).account.changePassword({
        currentPassword: PASSWORD,
        newPassword: 'qwertyuiop',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/^newPassword: Too easy/),
    });
    // Refused changes leave the session alone.
    await expect(withCookie(session).auth.me()).resolves.toBeTruthy();
  });

  it('deactivation and a role change end the sessions made before', async () => {
    const client = await currentSession(h.database.db, h.ids.otherClient, 'client');
    await h.database.db.update(users).set({ role: 'coach' }).where(eq(users.id, h.ids.otherClient));
    await expect(withCookie(client).auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await h.database.db
      .update(users)
      .set({ role: 'client' })
      .where(eq(users.id, h.ids.otherClient));

    const coach = await currentSession(h.database.db, h.ids.otherCoach, 'coach');
    await h.as('admin').coaches.deactivate({ id: h.ids.otherCoach });
    await h.as('admin').coaches.reactivate({ id: h.ids.otherCoach });
    // Reactivated, but the session from before the deactivation stays ended.
    await expect(withCookie(coach).auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('ends a session 30 days after its sign-in, however recently it was used', async () => {
    const session = await currentSession(h.database.db, h.ids.client, 'client');
    const almost = new Date(session.authTime + SESSION_MAX_AGE_MS - 60_000);
    const after = new Date(session.authTime + SESSION_MAX_AGE_MS + 1);
    await expect(withCookie(session, almost).auth.me()).resolves.toBeTruthy();
    await expect(withCookie(session, after).auth.me()).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});

describe('settings', () => {
  it('reads and saves name, unit, time zone and notification preferences (merged per kind)', async () => {
    const client = h.as('client');
    await client.account.updateSettings({
      timeZone: 'Europe/Berlin',
      notificationPreferences: { message: 'daily' },
    });
    await client.account.updateSettings({
      notificationPreferences: { reminder: 'off' },
      unitPreference: 'lb',
    });
    await expect(client.account.settings()).resolves.toMatchObject({
      email: 'client@test.local',
      timeZone: 'Europe/Berlin',
      unitPreference: 'lb',
      notificationPreferences: { message: 'daily', reminder: 'off' },
      twoFactorEnabled: false,
    });
  });

  it('refuses an unknown time zone or delivery, naming the field', async () => {
    await expect(
      h.as('coach').account.updateSettings({ timeZone: 'Mars/Olympus' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('timeZone'),
    });
    await expect(
      h.as('coach').account.updateSettings({
        notificationPreferences: { message: 'hourly' as 'daily' },
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('notificationPreferences'),
    });
  });
});
