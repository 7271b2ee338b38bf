import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { hashPassword, loginAttempts, users } from '@sixstep/db';
import { verifyCredentials } from '../src/services/accounts/verify-credentials';
import { createHarness, type Harness } from './harness';

let h: Harness;
const PASSWORD = 'correct horse battery';
beforeAll(async () => {
  h = await createHarness();
  const passwordHash = await hashPassword(PASSWORD);
  await h.database.db.update(users).set({ passwordHash }).where(eq(users.id, h.ids.coach));
  await h.database.db.update(users).set({ passwordHash }).where(eq(users.id, h.ids.otherCoach));
  await h.database.db
    .update(users)
    .set({ passwordHash, deactivatedAt: new Date() })
    .where(eq(users.id, h.ids.admin));
});
afterAll(() => h.destroy());

const MINUTE = 60_000;
const T0 = new Date('2026-05-01T08:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);
const signIn = (email: string, password: string, minutes: number) =>
  verifyCredentials(h.database.db, { email, password }, at(minutes));

describe('verifyCredentials', () => {
  it('accepts the right password, case-insensitively on the address', async () => {
    await expect(signIn('Coach@Test.Local', PASSWORD, 0)).resolves.toEqual({
      id: h.ids.coach,
      email: 'coach@test.local',
      name: 'Cora Coach',
      role: 'coach',
    });
  });

  it('locks an address after 5 failures in 15 minutes, even for the right password, until 15 minutes after the last failure', async () => {
    for (const minute of [1, 2, 3, 4, 5])
      await expect(signIn('coach2@test.local', 'wrong password!', minute)).resolves.toBeNull();
    await expect(signIn('COACH2@test.local', PASSWORD, 6)).resolves.toBeNull();
    // The refused attempt at minute 6 counts as a failure: the lock runs to minute 21.
    await expect(signIn('coach2@test.local', PASSWORD, 20)).resolves.toBeNull();
    await expect(signIn('coach2@test.local', PASSWORD, 36)).resolves.toMatchObject({
      id: h.ids.otherCoach,
    });
    // Other addresses were never affected.
    await expect(signIn('coach@test.local', PASSWORD, 6)).resolves.toMatchObject({
      id: h.ids.coach,
    });
  });

  it('does not lock for failures spread over more than 15 minutes, and a success clears the count', async () => {
    for (const minute of [100, 105, 110, 115])
      await signIn('coach@test.local', 'wrong password!', minute);
    await expect(signIn('coach@test.local', PASSWORD, 116)).resolves.not.toBeNull();
    for (const minute of [117, 118, 119, 120])
      await signIn('coach@test.local', 'wrong password!', minute);
    await expect(signIn('coach@test.local', PASSWORD, 121)).resolves.not.toBeNull();
    for (const minute of [200, 210, 220, 230, 240, 250])
      await signIn('coach@test.local', 'wrong password!', minute);
    await expect(signIn('coach@test.local', PASSWORD, 251)).resolves.not.toBeNull();
  });

  it('answers an unknown address exactly like a wrong password, throttle included', async () => {
    await expect(signIn('nobody@test.local', PASSWORD, 0)).resolves.toBeNull();
    for (const minute of [1, 2, 3, 4, 5]) await signIn('nobody@test.local', 'guess', minute);
    const attempts = await h.database.db
      .select()
      .from(loginAttempts)
      .where(eq(loginAttempts.email, 'nobody@test.local'));
    expect(attempts).toHaveLength(6);
    expect(attempts.every((a) => !a.succeeded)).toBe(true);
  });

  it('unknown and wrong take similar time: both pay for a hash check', async () => {
    // Interleaved, medians: the machine's noise hits both sides alike. Skipping the hash for
    // unknown addresses would make them about 10x faster, far outside these bounds.
    const timed = async (email: string, minute: number) => {
      const start = performance.now();
      await signIn(email, 'not the password', minute);
      return performance.now() - start;
    };
    await timed('warm-up@test.local', 1000);
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 7; i++) {
      unknown.push(await timed(`ghost-${i}@test.local`, 1000 + i * 20));
      wrong.push(await timed('coach2@test.local', 1000 + i * 20));
    }
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const ratio = median(unknown) / median(wrong);
    expect(ratio).toBeGreaterThan(0.3);
    expect(ratio).toBeLessThan(3);
  });

  it('refuses deactivated users and users without a password', async () => {
    await expect(signIn('admin@test.local', PASSWORD, 0)).resolves.toBeNull();
    await expect(signIn('client@test.local', '', 0)).resolves.toBeNull();
    await expect(signIn('client@test.local', PASSWORD, 0)).resolves.toBeNull();
  });

  it('records every attempt with its outcome', async () => {
    const before = await h.database.db
      .select()
      .from(loginAttempts)
      .where(eq(loginAttempts.email, 'coach@test.local'));
    await signIn('coach@test.local', PASSWORD, 500);
    await signIn('coach@test.local', 'nope nope nope', 501);
    const after = await h.database.db
      .select()
      .from(loginAttempts)
      .where(eq(loginAttempts.email, 'coach@test.local'));
    expect(after.length - before.length).toBe(2);
    expect(
      after
        .filter((a) => a.createdAt.getTime() >= at(500).getTime())
        .map((a) => a.succeeded)
        .sort(),
    ).toEqual([false, true]);
  });
});
