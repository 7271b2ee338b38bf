import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  newPage,
  saveScreenshot,
  signIn,
} from './support/browser';
import { SEEDED_ADMIN, createCoach, signInToApi } from './support/api';

const COACH = {
  name: 'Rhea Resend',
  email: 'j11.coach@sixstep.test',
  password: 'j11-coach-password',
};
const INVITEE = {
  name: 'Ivy Resend',
  email: 'ivy.resend@sixstep.test',
  password: 'ivy-chooses-this-1',
};

async function inviteAndOpen(page: Page): Promise<string> {
  const invite = page.getByRole('region', { name: 'Invite a client' });
  await invite.getByLabel('Name').fill(INVITEE.name);
  await invite.getByLabel('E-mail').fill('ivy.resend@sixstep.tset');
  await invite.getByLabel(/^Sex/).selectOption('female');
  await invite.getByLabel('Birth date').fill('1993-02-10');
  const inPounds = (
    (await invite
      .getByText(/^Start weight/)
      .first()
      .textContent()) ?? ''
  ).includes('lb');
  await invite.getByLabel(/^Height/).fill(inPounds ? '66' : '168');
  await invite.getByLabel(/^Start weight/).fill(inPounds ? '150' : '68');
  await invite.getByLabel('Activity level').selectOption('light');
  await invite.getByRole('button', { name: 'Send the invitation' }).click();
  const link = await invite.getByLabel('One-time invitation link').inputValue();
  await invite.getByRole('link', { name: /page to assign the program/ }).click();
  await page.getByRole('heading', { level: 1, name: INVITEE.name }).waitFor();
  return link;
}

describe('journey 11: a lost invitation is resent and accepted', () => {
  let browser: Browser;
  let coach: Page;
  let client: Page;
  let firstLink = '';
  let currentLink = '';

  beforeAll(async () => {
    await createCoach(COACH, await signInToApi(SEEDED_ADMIN));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the coach sees when the invitation went out, corrects the address and resends', async () => {
    coach = await newPage(browser, 'desktop');
    await signIn(coach, COACH.email, COACH.password);
    await coach.waitForURL('**/coach');
    firstLink = await inviteAndOpen(coach);

    const section = coach.getByRole('region', { name: 'Invitation' });
    expect(await section.getByTestId('invitation-sent').textContent()).toMatch(/\d{4}/);
    expect(await section.getByTestId('invitation-expires').textContent()).toMatch(/\d{4}/);

    // A mistyped address is corrected in place; a new link goes there.
    await section.getByRole('button', { name: 'Change e-mail' }).click();
    await section.getByLabel('Correct e-mail address').fill(INVITEE.email);
    await section.getByRole('button', { name: 'Save and send a new link' }).click();
    await section.getByTestId('resend-result').waitFor();
    await coach.getByText(INVITEE.email, { exact: true }).first().waitFor();

    await section.getByRole('button', { name: 'Resend the invitation' }).click();
    await expect
      .poll(async () => section.getByLabel('New invitation link').inputValue())
      .not.toBe('');
    currentLink = await section.getByLabel('New invitation link').inputValue();
    expect(currentLink).not.toBe(firstLink);
    await expectNoSeriousA11yViolations(coach);
    await saveScreenshot(coach, '11-coach-pending-invitation-desktop');

    // Inviting the pending address again resends instead of "account already exists".
    await coach.goto('/coach');
    const invite = coach.getByRole('region', { name: 'Invite a client' });
    await invite.getByLabel('Name').fill(INVITEE.name);
    await invite.getByLabel('E-mail').fill(INVITEE.email);
    await invite.getByLabel(/^Sex/).selectOption('female');
    await invite.getByLabel('Birth date').fill('1993-02-10');
    const inPounds = (
      (await invite
        .getByText(/^Start weight/)
        .first()
        .textContent()) ?? ''
    ).includes('lb');
    await invite.getByLabel(/^Height/).fill(inPounds ? '66' : '168');
    await invite.getByLabel(/^Start weight/).fill(inPounds ? '150' : '68');
    await invite.getByLabel('Activity level').selectOption('light');
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    await invite.getByText(/was already invited/).waitFor();
    const resentLink = await invite.getByLabel('One-time invitation link').inputValue();
    expect(resentLink).not.toBe(currentLink);
    currentLink = resentLink;
  });

  it('an old, a fake and the current link: only the current one shows a form', async () => {
    client = await newPage(browser, 'phone');
    for (const dead of [firstLink, '/invite/not-a-real-invitation-token']) {
      await client.goto(dead);
      await client.getByRole('heading', { name: 'This invitation link cannot be used' }).waitFor();
      expect(await client.getByRole('form').count()).toBe(0);
      expect(await client.getByLabel('Password', { exact: true }).count()).toBe(0);
    }
    await expectNoSeriousA11yViolations(client);
    await saveScreenshot(client, '11-invitation-refused-phone');

    await client.goto(currentLink);
    await client.getByRole('heading', { name: `Welcome, ${INVITEE.name}` }).waitFor();
    await client.getByText(COACH.name).first().waitFor();
    expect(await client.getByTestId('invite-email').textContent()).toBe(INVITEE.email);
    const form = client.getByRole('form', { name: 'Set up your account' });
    expect(await form.getByLabel('Your name').inputValue()).toBe(INVITEE.name);
    await expectNoSeriousA11yViolations(client);
    await saveScreenshot(client, '11-invitation-phone');
  });

  it('the client accepts and lands signed in on /today', async () => {
    const form = client.getByRole('form', { name: 'Set up your account' });
    await form.getByLabel('Your name').fill('Ivy R.');
    await form.getByLabel('Password', { exact: true }).fill(INVITEE.password);
    await form.getByLabel('Repeat the password').fill(`${INVITEE.password}x`);
    await form.getByRole('button', { name: /Create my account/ }).click();
    await form.getByText('The two passwords are not the same').waitFor();
    expect(await form.getByLabel('Repeat the password').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Repeat the password').fill(INVITEE.password);
    await form.getByRole('button', { name: /Create my account/ }).click();
    await client.waitForURL('**/today**');
    await client.getByRole('button', { name: 'Sign out' }).waitFor();

    await coach.reload();
    await coach.getByLabel('Search by name or e-mail').fill(INVITEE.email);
    await coach.getByRole('link', { name: 'Ivy R.' }).click();
    await coach.getByRole('heading', { level: 1, name: 'Ivy R.' }).waitFor();
    expect(await coach.getByRole('region', { name: 'Invitation' }).count()).toBe(0);
  });
});
