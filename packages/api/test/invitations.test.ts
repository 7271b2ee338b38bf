import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { clientProfiles, invitations, users } from '@sixstep/db';
import { createHarness, verifyCredentials, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.destroy());

const DAY = 86_400_000;
const T0 = new Date('2026-04-01T09:00:00Z');
const at = (ms: number) => () => new Date(T0.getTime() + ms);

const profile = {
  sex: 'female' as const,
  birthDate: '1992-07-14',
  heightCm: 168,
  startWeightKg: 74,
  activityLevel: 'light' as const,
};
const tokenOf = (url: string | undefined) => url!.split('/invite/')[1]!;

describe('clients.invite', () => {
  it('creates the client, the profile owned by the coach and a hashed single-use invitation', async () => {
    const result = await h
      .as('coach', { now: at(0) })
      .clients.invite({ ...profile, email: ' New.Person@Example.COM ', name: 'New Person' });
    expect(result.emailed).toBe(false);
    expect(result.inviteUrl).toMatch(/^http:\/\/localhost:3000\/invite\/[A-Za-z0-9_-]{43}$/);

    const [user] = await h.database.db.select().from(users).where(eq(users.id, result.clientId));
    expect(user).toMatchObject({
      email: 'new.person@example.com',
      role: 'client',
      passwordHash: null,
    });
    const [owned] = await h.database.db
      .select()
      .from(clientProfiles)
      .where(eq(clientProfiles.userId, result.clientId));
    expect(owned).toMatchObject({ coachId: h.ids.coach, heightCm: 168 });
    const [invite] = await h.database.db
      .select()
      .from(invitations)
      .where(eq(invitations.userId, result.clientId));
    expect(invite!.tokenHash).not.toContain(tokenOf(result.inviteUrl));
    expect(invite!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(invite!.expiresAt.getTime() - T0.getTime()).toBe(7 * DAY);

    await expect(h.as('coach').clients.get({ clientId: result.clientId })).resolves.toMatchObject({
      invite: { pending: true },
    });
    await expect(
      h.as('otherCoach').clients.get({ clientId: result.clientId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('mails the link when mail is configured', async () => {
    const result = await h
      .as('coach', { now: at(0), mailEnabled: true })
      .clients.invite({ ...profile, email: 'mailed@example.com', name: 'Mailed' });
    expect(result.emailed).toBe(true);
    // Mailed: the link goes to the client only, never back to the coach.
    expect(result).not.toHaveProperty('inviteUrl');
    const mail = h.mails.find((m) => m.to === 'mailed@example.com');
    expect(mail?.text).toMatch(/http:\/\/localhost:3000\/invite\/[A-Za-z0-9_-]{43}/);
    expect(mail?.subject).toContain('Cora Coach');
  });

  it('answers an address that already has an account like a new one, and tells the owner by mail', async () => {
    const fresh = await h
      .as('coach')
      .clients.invite({ ...profile, email: 'fresh@example.com', name: 'Fresh' });
    const taken = await h
      .as('coach')
      .clients.invite({ ...profile, email: 'CLIENT2@test.local', name: 'Copy' });
    // The same shape, a made-up id and a link that leads nowhere.
    expect(Object.keys(taken).sort()).toEqual(Object.keys(fresh).sort());
    expect(taken.emailed).toBe(false);
    await expect(
      h.as('anonymous').auth.acceptInvite({
        token: tokenOf(taken.inviteUrl),
        name: 'X',
        password: 'a-long-secret-1',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const all = await h.database.db.select().from(users).where(eq(users.name, 'Copy'));
    expect(all).toHaveLength(0);

    const mailed = await h
      .as('coach', { mailEnabled: true })
      .clients.invite({ ...profile, email: 'client2@test.local', name: 'Copy' });
    expect(mailed).toEqual({ clientId: expect.any(String), emailed: true });
    const notice = h.mails.find((m) => m.to === 'client2@test.local')!;
    expect(notice.subject).toContain('tried to invite you');
    expect(notice.text).not.toContain('/invite/');
  });

  it('checks the profile bounds, naming the field', async () => {
    await expect(
      h.as('coach', { now: at(0) }).clients.invite({
        ...profile,
        email: 'young@example.com',
        name: 'Young',
        birthDate: '2012-01-01',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('birthDate'),
    });
    await expect(
      h.as('coach').clients.invite({ ...profile, email: 'not-an-email', name: 'X' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('email'),
    });
    await expect(
      h.as('client').clients.invite({ ...profile, email: 'x@example.com', name: 'X' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('auth.acceptInvite', () => {
  it('sets name and password once; then the client can sign in with that password', async () => {
    const { clientId, inviteUrl } = await h
      .as('coach', { now: at(0) })
      .clients.invite({ ...profile, email: 'happy@example.com', name: 'Happy' });
    const token = tokenOf(inviteUrl);
    const accepted = await h
      .as('anonymous', { now: at(DAY) })
      .auth.acceptInvite({ token, name: 'Happy Client', password: 'a-long-secret-1' });
    expect(accepted).toEqual({ email: 'happy@example.com' });

    const signedIn = await verifyCredentials(
      h.database.db,
      { email: 'Happy@Example.com', password: 'a-long-secret-1' },
      at(DAY)(),
    );
    expect(signedIn).toEqual({
      sessionVersion: 1,
      id: clientId,
      email: 'happy@example.com',
      name: 'Happy Client',
      role: 'client',
    });
    expect(
      await verifyCredentials(
        h.database.db,
        { email: 'happy@example.com', password: 'a-wrong-secret' },
        at(DAY)(),
      ),
    ).toBeNull();
    await expect(h.as('coach').clients.get({ clientId })).resolves.toMatchObject({
      invite: { pending: false, expiresAt: null },
    });

    const reused = h
      .as('anonymous', { now: at(DAY) })
      .auth.acceptInvite({ token, name: 'Intruder', password: 'another-secret-2' });
    await expect(reused).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/not valid/),
    });
    const [user] = await h.database.db.select().from(users).where(eq(users.id, clientId));
    expect(user!.name).toBe('Happy Client');
  });

  it('refuses an expired token with the same answer as an unknown one', async () => {
    const { inviteUrl } = await h
      .as('coach', { now: at(0) })
      .clients.invite({ ...profile, email: 'late@example.com', name: 'Late' });
    const expired = await h
      .as('anonymous', { now: at(7 * DAY + 1000) })
      .auth.acceptInvite({ token: tokenOf(inviteUrl), name: 'Late', password: 'a-long-secret-1' })
      .catch((e: unknown) => e);
    const unknown = await h
      .as('anonymous', { now: at(DAY) })
      .auth.acceptInvite({ token: 'x'.repeat(43), name: 'Late', password: 'a-long-secret-1' })
      .catch((e: unknown) => e);
    expect(expired).toMatchObject({ code: 'BAD_REQUEST' });
    expect((unknown as Error).message).toBe((expired as Error).message);
    expect(
      await verifyCredentials(
        h.database.db,
        { email: 'late@example.com', password: 'a-long-secret-1' },
        at(8 * DAY)(),
      ),
    ).toBeNull();
  });

  it('a still valid token works up to the last moment of its seventh day', async () => {
    const { inviteUrl } = await h
      .as('coach', { now: at(0) })
      .clients.invite({ ...profile, email: 'edge@example.com', name: 'Edge' });
    await expect(
      h.as('anonymous', { now: at(7 * DAY - 1000) }).auth.acceptInvite({
        token: tokenOf(inviteUrl),
        name: 'Edge',
        password: 'a-long-secret-1',
      }),
    ).resolves.toEqual({ email: 'edge@example.com' });
  });

  it('validates the password length and names the field', async () => {
    const { inviteUrl } = await h
      .as('coach', { now: at(0) })
      .clients.invite({ ...profile, email: 'short@example.com', name: 'Short' });
    await expect(
      h
        .as('anonymous', { now: at(0) })
        .auth.acceptInvite({ token: tokenOf(inviteUrl), name: 'Short', password: 'short' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('password') });
    await expect(
      h
        .as('anonymous', { now: at(0) })
        .auth.acceptInvite({ token: tokenOf(inviteUrl), name: 'Short', password: 'p'.repeat(201) }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('password') });
    // The failed attempts did not spend the invitation.
    await expect(
      h.as('anonymous', { now: at(0) }).auth.acceptInvite({
        token: tokenOf(inviteUrl),
        name: 'Short',
        password: 'long-enough-now',
      }),
    ).resolves.toEqual({ email: 'short@example.com' });
  });
});

describe('clients.reinvite', () => {
  it('issues a new link and the old one stops working', async () => {
    const first = await h
      .as('coach', { now: at(0) })
      .clients.invite({ ...profile, email: 'again@example.com', name: 'Again' });
    const second = await h
      .as('coach', { now: at(DAY) })
      .clients.reinvite({ clientId: first.clientId });
    expect(second.inviteUrl).not.toBe(first.inviteUrl);
    await expect(
      h.as('anonymous', { now: at(DAY) }).auth.acceptInvite({
        token: tokenOf(first.inviteUrl),
        name: 'Again',
        password: 'a-long-secret-1',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      h.as('anonymous', { now: at(DAY) }).auth.acceptInvite({
        token: tokenOf(second.inviteUrl),
        name: 'Again',
        password: 'a-long-secret-1',
      }),
    ).resolves.toEqual({ email: 'again@example.com' });
    await expect(
      h.as('coach', { now: at(DAY) }).clients.reinvite({ clientId: first.clientId }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it("is NOT_FOUND for another coach's client", async () => {
    await expect(
      h.as('otherCoach').clients.reinvite({ clientId: h.ids.client }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
