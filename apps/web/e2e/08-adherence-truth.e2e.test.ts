import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOURNEY_COACH } from './support/journey';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  newPage,
  saveScreenshot,
  signIn,
} from './support/browser';

/** A client the coach invites and assigns in this journey: nothing is logged for her yet. */
const NEWCOMER = { name: 'Nora Newcomer', email: 'e2e.newcomer@sixstep.test' };
/** A seeded client of the journey coach with weeks of logs and a program running. */
const LOGGING = { email: 'client@sixstep.test', password: 'sixstep-demo' };

/** The roster row of one client, searched by e-mail. */
async function rosterRow(page: Page, email: string) {
  await page.getByLabel('Search by name or e-mail').fill(email);
  const row = page.getByTestId('roster-row').filter({ hasText: email });
  await expect.poll(() => row.count()).toBe(1);
  return row;
}

describe('journey 08: numbers a coach can trust and saves that keep what they did not change', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a client assigned a program today is not flagged and shows "no data yet"', async () => {
    const page = await newPage(browser, 'desktop');
    await signIn(page, JOURNEY_COACH.email, JOURNEY_COACH.password);
    await page.waitForURL('**/coach');

    const invite = page.getByRole('region', { name: 'Invite a client' });
    const inPounds = (
      (await invite
        .getByText(/^Start weight/)
        .first()
        .textContent()) ?? ''
    ).includes('lb');
    await invite.getByLabel('Name').fill(NEWCOMER.name);
    await invite.getByLabel('E-mail').fill(NEWCOMER.email);
    await invite.getByLabel(/^Sex/).selectOption('female');
    await invite.getByLabel('Birth date').fill('1988-09-03');
    await invite.getByLabel(/^Height/).fill(inPounds ? '66' : '168');
    await invite.getByLabel(/^Start weight/).fill(inPounds ? '170' : '77');
    await invite.getByLabel('Activity level').selectOption('moderate');
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    await invite.getByLabel('One-time invitation link').waitFor();

    await page.getByLabel('Search by name or e-mail').fill(NEWCOMER.email);
    await page.getByRole('link', { name: NEWCOMER.name }).click();
    await page.getByRole('heading', { level: 1, name: NEWCOMER.name }).waitFor();
    await page.getByRole('button', { name: 'Assign a program' }).click();
    const form = page.getByRole('form', { name: 'Assign a program' });
    await expect
      .poll(() => form.getByLabel('Exercise 1', { exact: true }).inputValue())
      .not.toBe('');
    await form.getByRole('button', { name: 'Assign the program' }).click();
    await page.getByTestId('assigned-calories').waitFor();

    // Her client page: no score, no flag, and when scoring starts.
    const adherence = page.getByRole('region', { name: 'Adherence' });
    await adherence.getByTestId('adherence-no-data').getByText('No data yet.').waitFor();
    expect(await adherence.getByText('Behind', { exact: true }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '08-coach-client-new-desktop');

    await page.goto('/coach');
    const row = await rosterRow(page, NEWCOMER.email);
    await row.getByText('No data yet').waitFor();
    expect(await row.getByText('%').count()).toBe(0);
    for (const flag of ['Behind', 'Silent', 'Under floor'])
      expect(await row.getByText(flag, { exact: true }).count(), flag).toBe(0);
    // The flag filter agrees: she is among the clients without a flag.
    await page.getByLabel('Show').selectOption('behind');
    await expect.poll(() => row.count()).toBe(0);
    await page.getByLabel('Show').selectOption('all');
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel('Search by name or e-mail').fill('');
    await saveScreenshot(page, '08-coach-roster-new-client-desktop');

    const phone = await newPage(browser, 'phone');
    await signIn(phone, JOURNEY_COACH.email, JOURNEY_COACH.password);
    await phone.waitForURL('**/coach');
    await (await rosterRow(phone, NEWCOMER.email)).getByText('No data yet').waitFor();
    await saveScreenshot(phone, '08-coach-roster-new-client-phone');
    await phone.close();
    await page.close();
  });

  it('an invalid weight blocks the save, says so beside the button and keeps the stored weight', async () => {
    const page = await newPage(browser, 'phone');
    await signIn(page, LOGGING.email, LOGGING.password);
    await page.waitForURL('**/today**');
    const day = page.getByRole('form', { name: 'Day log' });
    const weight = day.getByLabel(/^Body weight/);
    const inPounds = ((await day.getByText(/^Body weight/).textContent()) ?? '').includes('lb');
    const stored = inPounds ? '150.2' : '68.1';
    await weight.fill(stored);
    await day.getByRole('button', { name: 'Save day' }).click();
    await day.getByRole('status').getByText('Day saved.').waitFor();

    await weight.fill('-5');
    await day.getByRole('button', { name: 'Save day' }).click();
    const blocked = day.getByTestId('day-save-error');
    await expect.poll(() => blocked.textContent()).toMatch(/^Not saved: Weight must be/);
    expect(await day.getByText('Day saved.').count()).toBe(0);
    // The focus is on the field to fix, and the message sits next to the button (on screen with it).
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('day-weight');
    const button = await day.getByRole('button', { name: 'Save day' }).boundingBox();
    const message = await blocked.boundingBox();
    expect(Math.abs(message!.y - button!.y)).toBeLessThan(120);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '08-client-day-invalid-weight-phone');

    await page.reload();
    await expect.poll(() => day.getByLabel(/^Body weight/).inputValue()).toBe(stored);
    await page.close();
  });
});
