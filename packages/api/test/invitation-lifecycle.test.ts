import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { auditLog, users } from '@sixstep/db';
import { appRouter, createCallerFactory, createContext } from '../src/index';
import { createMailer } from '../src/infra/mailer';
import { createHarness, type Harness } from './harness';

/**
 * Invitations that cannot get lost: the invitation page's read of a link (refusing dead ones
 * before any form), resending (older links void), inviting a pending address again, correcting
 * the address, and the resend going out through a real SMTP server.
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.destroy());

const DAY = 86_400_000;
const T0 = new Date('2026-05-01T09:00:00Z');
const at = (ms: number) => () => new Date(T0.getTime() + ms);
const profile = {
  sex: 'female' as const,
  birthDate: '1990-03-02',
  heightCm: 170,
  startWeightKg: 72,
  activityLevel: 'light' as const,
};
const tokenOf = (url: string) => url.split('/invite/')[1]!;
const invite = (email: string, name: string, ms = 0) =>
  h.as('coach', { now: at(ms) }).clients.invite({ ...profile, email, name });
const read = (token: string, ms: number) =>
  h.as('anonymous', { now: at(ms) }).auth.invitation({ token });
const refusal = (token: string, ms: number) =>
  read(token, ms).then(
    () => new Error(`the link ${token} was accepted`),
    (e: unknown) => e as Error,
  );

describe('auth.invitation', () => {
  it('names the person, the coach and the sign-in address of a usable link', async () => {
    const { inviteUrl, expiresAt } = await invite('greet@example.com', 'Nina Greet');
    expect(expiresAt.getTime() - T0.getTime()).toBe(7 * DAY);
    await expect(read(tokenOf(inviteUrl), DAY)).resolves.toEqual({
      name: 'Nina Greet',
      email: 'greet@example.com',
      invitedBy: { name: 'Cora Coach' },
      expiresAt,
    });
  });

  it('refuses fake, spent, expired and replaced links with one answer', async () => {
    const fake = await refusal('x'.repeat(43), 0);
    expect(fake).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/not valid/),
    });

    const spent = await invite('spent@example.com', 'Spent');
    await h
      .as('anonymous', { now: at(DAY) })
      .auth.acceptInvite({ token: tokenOf(spent.inviteUrl), name: 'S', password: 'a-long-one-1' });
    const expired = await invite('expired@example.com', 'Expired');
    const replaced = await invite('replaced@example.com', 'Replaced');
    await h.as('coach', { now: at(DAY) }).clients.reinvite({ clientId: replaced.clientId });

    for (const refused of [
      await refusal(tokenOf(spent.inviteUrl), 2 * DAY),
      await refusal(tokenOf(expired.inviteUrl), 7 * DAY),
      await refusal(tokenOf(replaced.inviteUrl), 2 * DAY),
    ])
      expect(refused).toMatchObject({ code: 'BAD_REQUEST', message: fake.message });
  });

  it('refuses an empty or oversized token naming the field', async () => {
    for (const token of ['', 't'.repeat(201)])
      await expect(read(token, 0)).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        message: expect.stringContaining('token'),
      });
  });
});

describe('resending', () => {
  it('voids the older link: only the newest one reads and accepts', async () => {
    const first = await invite('resend@example.com', 'Resend');
    const second = await h
      .as('coach', { now: at(DAY) })
      .clients.reinvite({ clientId: first.clientId });
    expect(second).toMatchObject({ resent: true, clientId: first.clientId });
    expect(second.expiresAt.getTime()).toBe(T0.getTime() + 8 * DAY);
    await expect(read(tokenOf(first.inviteUrl), DAY)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(
      h.as('coach', { now: at(DAY) }).clients.get({ clientId: first.clientId }),
    ).resolves.toMatchObject({
      invite: { pending: true, sentAt: at(DAY)(), expiresAt: second.expiresAt },
    });
    await expect(
      h.as('anonymous', { now: at(DAY) }).auth.acceptInvite({
        token: tokenOf(first.inviteUrl),
        name: 'Resend',
        password: 'a-long-secret-1',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      h.as('anonymous', { now: at(DAY) }).auth.acceptInvite({
        token: tokenOf(second.inviteUrl),
        name: 'Resend',
        password: 'a-long-secret-1',
      }),
    ).resolves.toEqual({ email: 'resend@example.com' });
  });

  it('inviting a pending address again resends instead of refusing it', async () => {
    const first = await invite('twice@example.com', 'Twice');
    const again = await invite(' TWICE@example.com ', 'Twice again', DAY);
    expect(again).toMatchObject({ clientId: first.clientId, resent: true });
    await expect(read(tokenOf(first.inviteUrl), DAY)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(read(tokenOf(again.inviteUrl), DAY)).resolves.toMatchObject({
      email: 'twice@example.com',
    });
    const rows = await h.database.db
      .select()
      .from(users)
      .where(eq(users.email, 'twice@example.com'));
    expect(rows).toHaveLength(1);
  });

  it("still refuses another coach's pending client and an accepted account", async () => {
    const other = await h
      .as('otherCoach', { now: at(0) })
      .clients.invite({ ...profile, email: 'theirs@example.com', name: 'Theirs' });
    await expect(invite('theirs@example.com', 'Mine')).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(read(tokenOf(other.inviteUrl), DAY)).resolves.toMatchObject({
      invitedBy: { name: 'Otto Coach' },
    });
    const accepted = await invite('signed-up@example.com', 'Signed up');
    await h.as('anonymous', { now: at(0) }).auth.acceptInvite({
      token: tokenOf(accepted.inviteUrl),
      name: 'Signed up',
      password: 'a-long-secret-1',
    });
    await expect(invite('signed-up@example.com', 'Again', DAY)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });
});

describe('clients.changeInviteEmail', () => {
  it('moves a pending invitation to the corrected address and voids the old link', async () => {
    const first = await invite('typo@exmaple.com', 'Typo');
    const moved = await h
      .as('coach', { now: at(DAY) })
      .clients.changeInviteEmail({ clientId: first.clientId, email: 'Typo@Example.com' });
    await expect(read(tokenOf(first.inviteUrl), DAY)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(read(tokenOf(moved.inviteUrl), DAY)).resolves.toMatchObject({
      email: 'typo@example.com',
      name: 'Typo',
    });
    const [entry] = await h.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'client.invite_email_changed'));
    expect(entry!.details).toEqual({
      changes: [{ field: 'email', before: 'typo@exmaple.com', after: 'typo@example.com' }],
    });
  });

  it('refuses a taken address naming the field, an accepted client, and strangers', async () => {
    const pending = await invite('pending-move@example.com', 'Pending');
    await expect(
      h.as('coach').clients.changeInviteEmail({
        clientId: pending.clientId,
        email: 'client2@test.local',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('email') });
    const accepted = await invite('accepted-move@example.com', 'Accepted');
    await h.as('anonymous', { now: at(0) }).auth.acceptInvite({
      token: tokenOf(accepted.inviteUrl),
      name: 'Accepted',
      password: 'a-long-secret-1',
    });
    await expect(
      h.as('coach').clients.changeInviteEmail({
        clientId: accepted.clientId,
        email: 'n@example.com',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('accepted') });
    await expect(
      h.as('otherCoach').clients.changeInviteEmail({
        clientId: pending.clientId,
        email: 'n@example.com',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('resend by mail, through a real SMTP server', () => {
  it('delivers the new link to the address, and it is the one that works', async () => {
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, done) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push(raw);
          done();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    try {
      const first = await invite('smtp@example.com', 'Sam Smtp');
      const coach = createCallerFactory(appRouter)(
        createContext({
          db: h.database.db,
          session: { userId: h.ids.coach, role: 'coach' },
          now: at(DAY),
          mailer: createMailer(`smtp://127.0.0.1:${port}`, 'Sixstep <no-reply@sixstep.test>'),
        }),
      );
      const resent = await coach.clients.reinvite({ clientId: first.clientId });
      expect(resent.emailed).toBe(true);
      expect(received).toHaveLength(1);
      const mail = received[0]!.replace(/=\r?\n/g, '');
      expect(mail).toMatch(/^To: smtp@example\.com/m);
      expect(mail).toMatch(/^Subject: Cora Coach invited you to Sixstep/m);
      expect(mail).toContain(resent.inviteUrl);
      expect(mail).not.toContain(first.inviteUrl);
      await expect(read(tokenOf(resent.inviteUrl), DAY)).resolves.toMatchObject({
        name: 'Sam Smtp',
      });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
