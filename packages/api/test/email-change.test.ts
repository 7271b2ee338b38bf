import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, users } from '@sixstep/db';
import { createHarness, verifyCredentials, type Harness } from './harness';
import { linkIn, startInbox } from './smtp-inbox';

let h: Harness;
let inbox: Awaited<ReturnType<typeof startInbox>>;
const PASSWORD = 'the current password';

beforeAll(async () => {
  h = await createHarness();
  inbox = await startInbox();
  await h.database.db.update(users).set({ passwordHash: await hashPassword(PASSWORD) });
});
afterAll(async () => {
  await inbox.close();
  await h.destroy();
});

describe('changing the e-mail address', () => {
  it('needs the link sent to the new address; opening it moves the account and ends its sessions', async () => {
    const client = h.as('client', { mailer: inbox.mailer });
    await expect(
      client.account.requestEmailChange({
        newEmail: 'new.home@test.local',
        currentPassword: 'wrong',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/^currentPassword: /),
    });
    await client.account.requestEmailChange({
      newEmail: 'New.Home@test.local',
      currentPassword: PASSWORD,
    });
    // Nothing changes until the link is opened.
    await expect(client.auth.me()).resolves.toMatchObject({ email: 'client@test.local' });
    const mail = await inbox.waitFor('new.home@test.local', /confirm-email/);
    const token = linkIn(mail, '/confirm-email').split('/confirm-email/')[1]!;
    await expect(h.as('anonymous').auth.confirmEmailChange({ token })).resolves.toEqual({
      email: 'new.home@test.local',
    });
    await expect(
      verifyCredentials(h.database.db, { email: 'new.home@test.local', password: PASSWORD }),
    ).resolves.toMatchObject({ id: h.ids.client });
    // The link works once.
    await expect(h.as('anonymous').auth.confirmEmailChange({ token })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('gives no link for an address that already has an account, and the same answer', async () => {
    const coach = h.as('coach', { mailer: inbox.mailer });
    const before = inbox.mails.length;
    await expect(
      coach.account.requestEmailChange({
        newEmail: 'client2@test.local',
        currentPassword: PASSWORD,
      }),
    ).resolves.toEqual({ sent: true });
    const notice = await inbox.waitFor('client2@test.local', /already has an account/);
    expect(notice.text).not.toContain('/confirm-email/');
    expect(inbox.mails.length).toBe(before + 1);
  });
});
