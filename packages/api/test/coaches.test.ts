import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, users } from '@sixstep/db';
import { verifyCredentials } from '../src/services/accounts/verify-credentials';
import { createHarness, type Harness } from './harness';

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

  it('creates a coach who can sign in with the password the admin set', async () => {
    const coach = await h.as('admin').coaches.create({
      email: 'New.Coach@Test.local',
      name: 'Nina Coach',
      password: 'first-password-1',
    });
    expect(coach).toMatchObject({
      email: 'new.coach@test.local',
      name: 'Nina Coach',
      deactivatedAt: null,
    });
    const [row] = await h.database.db.select().from(users).where(eq(users.id, coach.id));
    expect(row!.role).toBe('coach');
    expect(row!.passwordHash).not.toContain('first-password-1');
    await expect(
      verifyCredentials(h.database.db, {
        email: 'new.coach@test.local',
        password: 'first-password-1',
      }),
    ).resolves.toMatchObject({
      id: coach.id,
      role: 'coach',
    });
    await expect(
      h.as('admin').coaches.create({
        email: 'NEW.coach@test.local',
        name: 'Twin',
        password: 'first-password-1',
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('email'),
    });
  });

  it('deactivates a coach: no sign-in, no API; reactivation restores both', async () => {
    const coach = await h.as('admin').coaches.create({
      email: 'leaving@test.local',
      name: 'Leaving Coach',
      password: 'first-password-1',
    });
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
        h
          .as(actor)
          .coaches.create({ email: 'x@test.local', name: 'X', password: 'first-password-1' }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(h.as(actor).coaches.deactivate({ id: h.ids.otherCoach })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });

  it('validates input, naming the field', async () => {
    await expect(
      h.as('admin').coaches.create({ email: 'x@test.local', name: 'X', password: 'short' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('password'),
    });
    await expect(
      h.as('admin').coaches.create({ email: 'nope', name: 'X', password: 'long-enough-1' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('email'),
    });
    await expect(h.as('admin').coaches.deactivate({ id: 'nope' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('id'),
    });
  });
});
