import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { accountTokens, auditLog, hashPassword, users } from '@sixstep/db';
import { createHarness, verifyCredentials, type Harness } from './harness';
import { linkIn, startInbox } from './smtp-inbox';

let h: Harness;
let inbox: Awaited<ReturnType<typeof startInbox>>;
const OLD = 'the old password';
const NEW = 'quiet harbour lantern 42';
const EMAIL = 'client@test.local';

beforeAll(async () => {
  h = await createHarness();
  inbox = await startInbox();
  await h.database.db
    .update(users)
    .set({ passwordHash: await hashPassword(OLD) })
    .where(eq(users.id, h.ids.client));
});
afterAll(async () => {
  await inbox.close();
  await h.destroy();
});

const anonymous = (now?: Date) =>
  h.as('anonymous', { mailer: inbox.mailer, ...(now && { now: () => now }) });

/** Asks for a link by mail and reads it from the mail the SMTP server received. */
async function mailedToken(now?: Date): Promise<string> {
  const before = inbox.mails.length;
  await anonymous(now).auth.requestPasswordReset({ email: 'Client@Test.local' });
  await expect.poll(() => inbox.mails.length).toBeGreaterThan(before);
  const mail = await inbox.waitFor(EMAIL, /reset-password/);
  return linkIn(mail, '/reset-password').split('/reset-password/')[1]!;
}

describe('password reset by mail', () => {
  it('mails a one-time link; following it sets the new password and ends every session', async () => {
    const before = h.asUser(h.ids.client, 'client');
    await expect(before.auth.me()).resolves.toMatchObject({ id: h.ids.client });
    const token = await mailedToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
    // Only the token's hash is stored.
    const rows = await h.database.db.select().from(accountTokens);
    expect(JSON.stringify(rows)).not.toContain(token);

    await expect(anonymous().auth.resetPassword({ token, password: NEW })).resolves.toEqual({
      email: EMAIL,
    });
    await expect(
      verifyCredentials(h.database.db, { email: EMAIL, password: NEW }),
    ).resolves.toMatchObject({
      id: h.ids.client,
    });
    await expect(
      verifyCredentials(h.database.db, { email: EMAIL, password: OLD }),
    ).resolves.toBeNull();
    const actions = (
      await h.database.db.select().from(auditLog).where(eq(auditLog.entityId, h.ids.client))
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.password_reset_requested',
        'auth.password_reset',
        'auth.sessions_ended',
      ]),
    );
  });

  it('refuses a link used twice', async () => {
    const token = await mailedToken();
    await anonymous().auth.resetPassword({ token, password: NEW });
    await expect(
      anonymous().auth.resetPassword({ token, password: 'another fine passphrase' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('token'),
    });
  });

  it('refuses a link after its 60 minutes', async () => {
    const issued = new Date();
    const token = await mailedToken(issued);
    const later = new Date(issued.getTime() + 61 * 60_000);
    await expect(
      anonymous(later).auth.resetPassword({ token, password: NEW }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    const stillValid = new Date(issued.getTime() + 59 * 60_000);
    await expect(
      anonymous(stillValid).auth.resetPassword({ token, password: NEW }),
    ).resolves.toBeTruthy();
  });

  it('refuses an older link once a newer one was sent', async () => {
    const first = await mailedToken();
    const second = await mailedToken();
    expect(second).not.toBe(first);
    await expect(
      anonymous().auth.resetPassword({ token: first, password: NEW }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(
      anonymous().auth.resetPassword({ token: second, password: NEW }),
    ).resolves.toBeTruthy();
  });

  it('answers the same whether or not the address has an account, and mails nobody for a stranger', async () => {
    const before = inbox.mails.length;
    const unknown = await anonymous().auth.requestPasswordReset({ email: 'nobody@test.local' });
    const known = await anonymous().auth.requestPasswordReset({ email: EMAIL });
    expect(unknown).toEqual(known);
    await inbox.waitFor(EMAIL, /reset-password/);
    await new Promise((r) => setTimeout(r, 300));
    expect(inbox.mails.slice(before).map((m) => m.to)).toEqual([[EMAIL]]);
  });

  it('refuses a weak new password with the reason, and keeps the link usable', async () => {
    const token = await mailedToken();
    await expect(
      anonymous().auth.resetPassword({ token, password: 'password123' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/^password: Too easy to guess: .*common/),
    });
    await expect(
      anonymous().auth.resetPassword({ token, password: 'client@test.local' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(anonymous().auth.resetPassword({ token, password: NEW })).resolves.toBeTruthy();
  });
});

describe('reset link made by an admin (no mail configured)', () => {
  it('gives the admin a working link for any account, audited', async () => {
    const { resetUrl } = await h.as('admin').auth.createResetLink({ id: h.ids.coach });
    const token = resetUrl.split('/reset-password/')[1]!;
    await anonymous().auth.resetPassword({ token, password: NEW });
    await expect(
      verifyCredentials(h.database.db, { email: 'coach@test.local', password: NEW }),
    ).resolves.toMatchObject({ id: h.ids.coach });
    const [row] = await h.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'auth.reset_link_created'));
    expect(row).toMatchObject({ actorId: h.ids.admin, entityId: h.ids.coach });
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('is for admins only', async () => {
    await expect(h.as('coach').auth.createResetLink({ id: h.ids.client })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
