import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { generate } from 'otplib';
import { auditLog, hashPassword, recoveryCodes, users } from '@sixstep/db';
import { THROTTLE } from '../src/services/auth/throttle';
import { createHarness, verifyCredentials, type Harness } from './harness';

let h: Harness;
const PASSWORD = 'the current password';
const EMAIL = 'coach@test.local';
let secret: string;
let codes: string[];
const T0 = Date.now();
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const codeAt = (seconds: number) =>
  generate({ secret, epoch: Math.floor(at(seconds).getTime() / 1000) });

beforeAll(async () => {
  h = await createHarness();
  await h.database.db.update(users).set({ passwordHash: await hashPassword(PASSWORD) });
});
afterAll(() => h.destroy());

describe('two-factor sign-in', () => {
  it('enrols with a QR code and a first code; the secret is stored sealed, recovery codes hashed', async () => {
    const started = await h.as('coach').account.twoFactor.begin();
    secret = started.secret;
    expect(started.otpauthUri).toMatch(/^otpauth:\/\/totp\/Sixstep:coach%40test\.local\?.*secret=/);
    expect(started.qrSvg).toMatch(/^<svg/);
    await expect(h.as('coach').account.twoFactor.confirm({ code: '000000' })).rejects.toMatchObject(
      {
        code: 'BAD_REQUEST',
        message: expect.stringMatching(/^code: /),
      },
    );
    const confirmed = await h.as('coach').account.twoFactor.confirm({ code: await codeAt(0) });
    codes = confirmed.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const [row] = await h.database.db.select().from(users).where(eq(users.id, h.ids.coach));
    expect(row!.totpEnabledAt).not.toBeNull();
    expect(row!.totpSecret).not.toContain(secret);
    const stored = await h.database.db
      .select()
      .from(recoveryCodes)
      .where(eq(recoveryCodes.userId, h.ids.coach));
    expect(stored).toHaveLength(10);
    expect(JSON.stringify(stored)).not.toContain(codes[0]!.replace(/-/g, ''));
  });

  it('asks for a code after the right password only, and signs in with one', async () => {
    await expect(
      verifyCredentials(h.database.db, { email: EMAIL, password: 'wrong one here' }, at(30)),
    ).resolves.toBeNull();
    await expect(
      verifyCredentials(h.database.db, { email: EMAIL, password: PASSWORD }, at(60)),
    ).resolves.toBeNull();
    await expect(
      verifyCredentials(
        h.database.db,
        { email: EMAIL, password: PASSWORD, code: await codeAt(60) },
        at(60),
      ),
    ).resolves.toMatchObject({ id: h.ids.coach });
  });

  it('never takes a code twice, even within its window', async () => {
    const code = await codeAt(120);
    await expect(
      verifyCredentials(h.database.db, { email: EMAIL, password: PASSWORD, code }, at(120)),
    ).resolves.not.toBeNull();
    await expect(
      verifyCredentials(h.database.db, { email: EMAIL, password: PASSWORD, code }, at(125)),
    ).resolves.toBeNull();
  });

  it('takes each recovery code once', async () => {
    const recovery = codes[0]!.toUpperCase();
    await expect(
      verifyCredentials(
        h.database.db,
        { email: EMAIL, password: PASSWORD, code: recovery },
        at(200),
      ),
    ).resolves.toMatchObject({ id: h.ids.coach });
    await expect(
      verifyCredentials(
        h.database.db,
        { email: EMAIL, password: PASSWORD, code: recovery },
        at(210),
      ),
    ).resolves.toBeNull();
  });

  it('throttles wrong codes like wrong passwords', async () => {
    for (let i = 0; i < THROTTLE.perAddress; i++)
      await verifyCredentials(
        h.database.db,
        { email: EMAIL, password: PASSWORD, code: '000000' },
        at(300 + i),
      );
    await expect(
      verifyCredentials(
        h.database.db,
        { email: EMAIL, password: PASSWORD, code: await codeAt(330) },
        at(330),
      ),
    ).resolves.toBeNull();
    // Another address is not affected.
    await expect(
      verifyCredentials(
        h.database.db,
        { email: EMAIL, password: PASSWORD, code: await codeAt(360) },
        at(360),
        '198.51.100.99',
      ),
    ).resolves.not.toBeNull();
  });

  it('turns off with the password (not for admins), audited', async () => {
    await expect(
      h.as('coach').account.twoFactor.disable({ password: 'nope nope' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/^password: /),
    });
    await h.as('coach').account.twoFactor.disable({ password: PASSWORD });
    await expect(
      verifyCredentials(h.database.db, { email: EMAIL, password: PASSWORD }, at(2000)),
    ).resolves.not.toBeNull();
    await expect(
      h.as('admin').account.twoFactor.disable({ password: PASSWORD }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const actions = (
      await h.database.db.select().from(auditLog).where(eq(auditLog.entityId, h.ids.coach))
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['account.two_factor_enabled', 'account.two_factor_disabled']),
    );
  });

  it('keeps an admin without two-factor out of admin procedures until enrolled', async () => {
    await h.database.db.update(users).set({ totpEnabledAt: null }).where(eq(users.id, h.ids.admin));
    await expect(h.as('admin').coaches.list()).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('two-factor'),
    });
    // Their own account stays reachable, so they can enrol.
    await expect(h.as('admin').auth.me()).resolves.toMatchObject({ twoFactorEnabled: false });
    const { secret: adminSecret } = await h.as('admin').account.twoFactor.begin();
    await h
      .as('admin')
      .account.twoFactor.confirm({ code: await generate({ secret: adminSecret }) });
    await expect(h.as('admin').coaches.list()).resolves.toBeTruthy();
  });
});
