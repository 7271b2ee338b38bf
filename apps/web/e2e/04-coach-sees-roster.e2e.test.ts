import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOURNEY_CLIENT, JOURNEY_COACH } from './support/journey';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  newPage,
  saveScreenshot,
  signIn,
} from './support/browser';

/** The 7-day score of one step in a roster row, as a number of percent (null for "–"). */
async function score7(row: Locator, step: string): Promise<number | null> {
  const text = (await row.locator(`[title="${step}, last 7 days"]`).textContent()) ?? '';
  const match = /(\d+)%/.exec(text);
  return match ? Number(match[1]) : null;
}

describe('journey 04: after the client logged, the coach sees it on the roster', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('scores the steps logged today and no longer flags the client silent', async () => {
    const page = await newPage(browser, 'desktop');
    await signIn(page, JOURNEY_COACH.email, JOURNEY_COACH.password);
    await page.waitForURL('**/coach');
    await page.getByRole('heading', { name: 'Roster' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '04-coach-roster-desktop');

    await page.getByLabel('Search by name or e-mail').fill(JOURNEY_CLIENT.email);
    const row = page.getByTestId('roster-row').filter({ hasText: JOURNEY_CLIENT.email });
    await expect.poll(() => row.count()).toBe(1);

    // Journey 03 logged a day within the calorie target, a strength session and 35 min of cardio today.
    expect(await score7(row, 'Strength')).toBeGreaterThan(0);
    expect(await score7(row, 'Cardio')).toBeGreaterThan(0);
    expect(await score7(row, 'Calories')).toBeGreaterThan(0);
    expect(await score7(row, 'Overall')).toBeGreaterThan(0);
    expect(await row.getByText('Silent', { exact: true }).count()).toBe(0);

    // The flag filter agrees: the client is not among the silent ones.
    await page.getByLabel('Show').selectOption('silent');
    await expect.poll(() => row.count()).toBe(0);
    await page.getByLabel('Show').selectOption('all');
    await saveScreenshot(page, '04-coach-roster-filtered-desktop');

    await row.getByRole('link', { name: JOURNEY_CLIENT.name }).click();
    await page.getByRole('heading', { level: 1, name: JOURNEY_CLIENT.name }).waitFor();
    const history = page.getByRole('region', { name: 'Log history' });
    await expect.poll(() => history.getByRole('row').count()).toBeGreaterThan(1);
    await page.getByRole('region', { name: 'Adherence' }).getByText('By week').waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '04-coach-client-desktop');

    const phone = await newPage(browser, 'phone');
    await signIn(phone, JOURNEY_COACH.email, JOURNEY_COACH.password);
    await phone.waitForURL('**/coach');
    await phone.getByRole('heading', { name: 'Roster' }).waitFor();
    await saveScreenshot(phone, '04-coach-roster-phone');
  });
});
