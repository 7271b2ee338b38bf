import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, hashPassword, loginAttempts, users } from '@sixstep/db';
import { THROTTLE } from '../src/services/auth/throttle';
import { createHarness, verifyCredentials, type Harness } from './harness';

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
const ATTACKER = '203.0.113.66';
const OWNER = '198.51.100.7';
const signIn = (email: string, password: string, minutes: number, address = OWNER) =>
  verifyCredentials(h.database.db, { email, password }, at(minutes), address);

describe('verifyCredentials', () => {
  it('accepts the right password, case-insensitively on the address', async () => {
    await expect(signIn('Coach@Test.Local', PASSWORD, 0)).resolves.toEqual({
      id: h.ids.coach,
      email: 'coach@test.local',
      name: 'Cora Coach',
      role: 'coach',
      sessionVersion: 1,
    });
  });

  it('shuts an account out from one address after 5 failures in 15 minutes, even for the right password, while it keeps trying', async () => {
    for (const minute of [1, 2, 3, 4, 5])
      await expect(signIn('coach2@test.local', 'wrong password!', minute)).resolves.toBeNull();
    await expect(signIn('COACH2@test.local', PASSWORD, 6)).resolves.toBeNull();
    // Refused attempts count for this address too: 5+ failures in the 15 minutes before 15.
    await expect(signIn('coach2@test.local', PASSWORD, 15)).resolves.toBeNull();
    await expect(signIn('coach2@test.local', PASSWORD, 36)).resolves.toMatchObject({
      id: h.ids.otherCoach,
    });
    // Other addresses were never affected.
    await expect(signIn('coach@test.local', PASSWORD, 6)).resolves.toMatchObject({
      id: h.ids.coach,
    });
  });

  it("an attacker's 20 wrong passwords from one address do not stop the owner signing in from another", async () => {
    for (let i = 0; i < 20; i++)
      await expect(
        signIn('coach2@test.local', `guess number ${i}`, 300 + i / 10, ATTACKER),
      ).resolves.toBeNull();
    // The attacker's address is shut, even with the right password …
    await expect(signIn('coach2@test.local', PASSWORD, 303, ATTACKER)).resolves.toBeNull();
    // … the owner's is not.
    await expect(signIn('coach2@test.local', PASSWORD, 303, OWNER)).resolves.toMatchObject({
      id: h.ids.otherCoach,
    });
  }, 600_000);

  it('caps guessing spread over many addresses with the per-account ceiling', async () => {
    const addresses = Math.ceil(THROTTLE.perAccount / THROTTLE.perAddress);
    for (let a = 0; a < addresses; a++)
      for (let i = 0; i < THROTTLE.perAddress; i++)
        await signIn('coach2@test.local', `spread guess ${a}-${i}`, 400 + a / 100, `10.0.0.${a}`);
    // Everyone is shut out now, the owner from a fresh address too …
    await expect(signIn('coach2@test.local', PASSWORD, 401, OWNER)).resolves.toBeNull();
    // … until the window has passed.
    await expect(signIn('coach2@test.local', PASSWORD, 420, OWNER)).resolves.not.toBeNull();
  }, 600_000);

  it('turns a throttled attempt away without paying for a password hash', async () => {
    for (let i = 0; i < THROTTLE.perAddress; i++)
      await signIn('coach2@test.local', 'hammer hammer', 600, ATTACKER);
    const timed = async () => {
      const start = performance.now();
      await signIn('coach2@test.local', 'hammer hammer', 601, ATTACKER);
      return performance.now() - start;
    };
    const refused = [await timed(), await timed(), await timed()].sort((a, b) => a - b)[1]!;
    const start = performance.now();
    await hashPassword('one hash for comparison');
    const oneHash = performance.now() - start;
    expect(refused).toBeLessThan(oneHash / 2);
    const rows = await h.database.db
      .select()
      .from(loginAttempts)
      .where(eq(loginAttempts.address, ATTACKER));
    expect(rows.filter((r) => r.refused).length).toBeGreaterThanOrEqual(3);
  });

  it('audits sign-ins and failures of existing accounts, never an unknown address', async () => {
    await signIn('coach@test.local', PASSWORD, 700);
    await signIn('coach@test.local', 'not it at all', 701);
    await signIn('stranger@test.local', 'not it at all', 702);
    const rows = await h.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, h.ids.coach));
    const actions = rows.filter((r) => r.createdAt >= at(700)).map((r) => r.action);
    expect(actions.sort()).toEqual(['auth.sign_in_failed', 'auth.signed_in']);
    const all = await h.database.db.select().from(auditLog);
    expect(JSON.stringify(all)).not.toContain('stranger@test.local');
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
  }, 600_000);

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
  }, 600_000);

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
        .filter((a) => a.createdAt >= at(500) && a.createdAt <= at(501))
        .map((a) => a.succeeded)
        .sort(),
    ).toEqual([false, true]);
  });
});
