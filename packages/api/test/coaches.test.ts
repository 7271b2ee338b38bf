import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, users } from '@sixstep/db';
import { createHarness, verifyCredentials, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.destroy());

describe('coaches (admin)', () => {
  it('lists coaches with their roster size', async () => {
    const coaches = await h.as('admin').coaches.list();
    expect(coaches.map((c) => [c.email, c.clientCount])).toEqual([
      ['coach@test.local', 1],
      ['coach2@test.local', 1],
    ]);
  });

  it('invites a coach: no password is chosen by the admin, the coach sets one from the link', async () => {
    const coach = await h.as('admin').coaches.create({
      email: 'New.Coach@Test.local',
      name: 'Nina Coach',
    });
    expect(coach).toMatchObject({
      email: 'new.coach@test.local',
      name: 'Nina Coach',
      deactivatedAt: null,
      emailed: false,
    });
    const [row] = await h.database.db.select().from(users).where(eq(users.id, coach.id));
    expect(row!.role).toBe('coach');
    expect(row!.passwordHash).toBeNull();
    // Without mail the admin gets the one-time link to hand over; the coach chooses the password.
    const token = coach.inviteUrl!.split('/invite/')[1]!;
    await h
      .as('anonymous')
      .auth.acceptInvite({ token, name: 'Nina Coach', password: 'first-password-1' });
    await expect(
      verifyCredentials(h.database.db, {
        email: 'new.coach@test.local',
        password: 'first-password-1',
      }),
    ).resolves.toMatchObject({ id: coach.id, role: 'coach' });
    await expect(
      h.as('admin').coaches.create({ email: 'NEW.coach@test.local', name: 'Twin' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('email') });
  });

  it('mails the coach invitation when mail is on, and then does not show the link', async () => {
    const coach = await h
      .as('admin', { mailEnabled: true })
      .coaches.create({ email: 'mailed.coach@test.local', name: 'Mae Coach' });
    expect(coach.emailed).toBe(true);
    expect(coach).not.toHaveProperty('inviteUrl');
    const mail = h.mails.find((m) => m.to === 'mailed.coach@test.local')!;
    expect(mail.text).toMatch(/\/invite\/[A-Za-z0-9_-]{43}/);
  });

  it('deactivates a coach: no sign-in, no API; reactivation restores both', async () => {
    const coach = await h.as('admin').coaches.create({
      email: 'leaving@test.local',
      name: 'Leaving Coach',
    });
    await h.as('anonymous').auth.acceptInvite({
      token: coach.inviteUrl!.split('/invite/')[1]!,
      name: 'Leaving Coach',
      password: 'first-password-1',
    });
    const before = h.asUser(coach.id, 'coach');
    await expect(before.auth.me()).resolves.toMatchObject({ id: coach.id });
    const deactivated = await h.as('admin').coaches.deactivate({ id: coach.id });
    expect(deactivated.deactivatedAt).toBeInstanceOf(Date);
    await expect(
      verifyCredentials(h.database.db, {
        email: 'leaving@test.local',
        password: 'first-password-1',
      }),
    ).resolves.toBeNull();
    await expect(h.asUser(coach.id, 'coach').auth.me()).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });

    await h.as('admin').coaches.reactivate({ id: coach.id });
    await expect(h.asUser(coach.id, 'coach').auth.me()).resolves.toMatchObject({ id: coach.id });
    const audit = await h.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, coach.id));
    expect(audit.map((a) => a.action).sort()).toEqual([
      'auth.sign_in_failed',
      'client.invite_accepted',
      'coach.created',
      'coach.deactivated',
      'coach.reactivated',
    ]);
  });

  it('only touches coach accounts: a client or admin id is NOT_FOUND', async () => {
    await expect(h.as('admin').coaches.deactivate({ id: h.ids.client })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(h.as('admin').coaches.deactivate({ id: h.ids.admin })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const [client] = await h.database.db.select().from(users).where(eq(users.id, h.ids.client));
    expect(client!.deactivatedAt).toBeNull();
  });

  it('is for admins only', async () => {
    for (const actor of ['coach', 'client'] as const) {
      await expect(h.as(actor).coaches.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        h.as(actor).coaches.create({ email: 'x@test.local', name: 'X' }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(h.as(actor).coaches.deactivate({ id: h.ids.otherCoach })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });

  it('validates input, naming the field', async () => {
    await expect(
      h.as('admin').coaches.create({ email: 'x@test.local', name: '' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('name'),
    });
    await expect(h.as('admin').coaches.create({ email: 'nope', name: 'X' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('email'),
    });
    await expect(h.as('admin').coaches.deactivate({ id: 'nope' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('id'),
    });
  });
});
