import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoach, signInToApi, SEEDED_ADMIN } from './support/api';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  newPage,
  saveScreenshot,
  signIn,
} from './support/browser';
import { mailCount, waitForMailedLink } from './support/mail';

const COACH = {
  name: 'Ada Onboard',
  email: 'j02.coach@sixstep.test',
  password: 'j02-coach-password',
};
/** A second coach, who must not see the first coach's new client. */
const OTHER_COACH = {
  name: 'Ben Elsewhere',
  email: 'j02.other-coach@sixstep.test',
  password: 'j02-other-password',
};
const CLIENT = {
  name: 'Erin Journey',
  email: 'j02.client@sixstep.test',
  password: 'j02-client-password',
};
/** The personalised daily target the coach sets (above the women's floor of 1,300 kcal). */
const CALORIE_TARGET = 1700;

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL('**/login**');
}

describe('journey 02: a coach onboards a client', () => {
  let browser: Browser;
  let page: Page;
  let inviteUrl = '';
  let clientPageUrl = '';

  beforeAll(async () => {
    const admin = await signInToApi(SEEDED_ADMIN);
    await createCoach(COACH, admin);
    await createCoach(OTHER_COACH, admin);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the coach invites the client, whose one-time link arrives by mail', async () => {
    page = await newPage(browser, 'desktop');
    await signIn(page, COACH.email, COACH.password);
    await page.waitForURL('**/coach');
    // A new coach: no roster yet, only the way to start one.
    await page.getByRole('region', { name: 'No clients yet' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '02-coach-roster-empty-desktop');

    const invite = page.getByRole('region', { name: 'Invite a client' });
    const weightLabel =
      (await invite
        .getByText(/^Start weight/)
        .first()
        .textContent()) ?? '';
    const inPounds = weightLabel.includes('lb');
    await invite.getByLabel('Name').fill(CLIENT.name);
    await invite.getByLabel('E-mail').fill(CLIENT.email);
    await invite.getByLabel(/^Sex/).selectOption('female');
    await invite.getByLabel('Birth date').fill('1990-04-12');
    await invite.getByLabel(/^Height/).fill(inPounds ? '65' : '165');
    await invite.getByLabel(/^Start weight/).fill(inPounds ? '160' : '72.5');
    await invite.getByLabel('Activity level').selectOption('light');
    const mailsBefore = mailCount();
    await invite.getByRole('button', { name: 'Send the invitation' }).click();

    // Mail is configured: the link goes to the client only, never back to the coach's page.
    inviteUrl = await waitForMailedLink(CLIENT.email, 'invite', mailsBefore);
    expect(inviteUrl).toMatch(/\/invite\/[\w-]{20,}$/);
    await invite.getByTestId('invite-result').waitFor();
    expect(await invite.getByLabel('One-time invitation link').count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '02-coach-invite-link-desktop');

    // The new client is on the roster at once, before accepting.
    await page.getByRole('heading', { name: 'Roster' }).waitFor();
    await page.getByText('1 of 1 clients').waitFor();
    const row = page.getByTestId('roster-row');
    expect(await row.getByRole('link').allTextContents()).toEqual([CLIENT.name]);
    await row.getByText('Invitation pending').waitFor();
    await saveScreenshot(page, '02-coach-roster-desktop');
    await signOut(page);
  });

  it('the client opens the link, chooses a password and signs in', async () => {
    await page.goto(inviteUrl);
    const form = page.getByRole('form', { name: 'Set up your account' });
    const name = form.getByLabel('Name');
    if (!(await name.inputValue())) await name.fill(CLIENT.name);
    await form.getByLabel('Password', { exact: true }).fill(CLIENT.password);
    await form.getByLabel('Repeat the password').fill(CLIENT.password);
    await form.getByRole('button', { name: 'Create my account' }).click();
    await page.waitForURL('**/login**');
    await signIn(page, CLIENT.email, CLIENT.password);
    await page.waitForURL('**/today**');
    await signOut(page);
  });

  it('the coach assigns the program; a target under the floor is refused, a personal one is saved', async () => {
    await signIn(page, COACH.email, COACH.password);
    await page.waitForURL('**/coach');
    await page.getByLabel('Search by name or e-mail').fill('j02.client');
    await page.getByRole('link', { name: CLIENT.name }).click();
    await page.getByRole('heading', { level: 1, name: CLIENT.name }).waitFor();
    clientPageUrl = page.url();
    await expect.poll(() => page.getByText('Invitation not accepted yet').count()).toBe(0);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Assign a program' }).click();
    const form = page.getByRole('form', { name: 'Assign a program' });
    await form.getByLabel('Exercise 1', { exact: true }).waitFor();
    await expect
      .poll(() => form.getByLabel('Exercise 1', { exact: true }).inputValue())
      .not.toBe('');
    const calories = form.getByLabel('Daily calorie target (kcal)');
    // BMR, TDEE, the suggested target and the floor are shown from the profile.
    for (const term of ['BMR', 'TDEE (maintenance)', 'Suggested target', 'Floor'])
      await form.getByText(term, { exact: true }).waitFor();
    await saveScreenshot(page, '02-coach-assign-form-desktop');

    await calories.fill('1200');
    await form.getByRole('button', { name: 'Assign the program' }).click();
    const refusal = form.getByText(/Daily calorie target: .*under the floor of 1,300 kcal/);
    await refusal.waitFor();
    expect(await calories.getAttribute('aria-invalid')).toBe('true');
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '02-coach-assign-under-floor-desktop');

    await calories.fill(String(CALORIE_TARGET));
    await form.getByRole('button', { name: 'Assign the program' }).click();
    await page.getByTestId('assigned-calories').waitFor();
    expect(await page.getByTestId('assigned-calories').textContent()).toBe('1,700 kcal');
    await page.reload();
    expect(await page.getByTestId('assigned-calories').textContent()).toBe('1,700 kcal');
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '02-coach-client-assigned-desktop');

    const phone = await newPage(browser, 'phone');
    await signIn(phone, COACH.email, COACH.password);
    await phone.goto(clientPageUrl);
    await phone.getByTestId('assigned-calories').waitFor();
    await saveScreenshot(phone, '02-coach-client-assigned-phone');
    await phone.close();
    await signOut(page);
  });

  it("another coach gets 'not found' for this client, as for an id that does not exist", async () => {
    const other = await newPage(browser, 'desktop');
    await signIn(other, OTHER_COACH.email, OTHER_COACH.password);
    await other.waitForURL('**/coach');
    for (const url of [clientPageUrl, '/coach/clients/00000000-0000-4000-8000-000000000000']) {
      const response = await other.goto(url);
      expect(response?.status()).toBe(404);
      await other.getByRole('heading', { name: 'Client not found' }).waitFor();
      expect(await other.getByText(CLIENT.email).count()).toBe(0);
    }
    await expectNoSeriousA11yViolations(other);
    await other.close();
  });
});
