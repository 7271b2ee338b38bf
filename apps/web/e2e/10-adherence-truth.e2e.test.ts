import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignProgram,
  createClient,
  createCoach,
  findExercises,
  isoDay,
  SEEDED_ADMIN,
  signInToApi,
} from './support/api';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  newPage,
  saveScreenshot,
  signIn,
} from './support/browser';
import { JOURNEY_PROGRAM } from './support/program';

const COACH = { name: 'Tess Trust', email: 'j09.coach@sixstep.test', password: 'j09-coach-pass' };
/** Assigned the program today: nothing can be due yet. */
const NEWCOMER = { name: 'Nora Newcomer', email: 'j09.new@sixstep.test', password: 'j09-new-pass' };
/** Started six days ago and logged nothing since: really slipping. */
const SLIPPING = { name: 'Sam Slipping', email: 'j09.slip@sixstep.test', password: 'j09-slip-pw' };

/** The roster row of one client, searched by e-mail. */
async function rosterRow(page: Page, email: string) {
  await page.getByLabel('Search by name or e-mail').fill(email);
  const row = page.getByTestId('roster-row').filter({ hasText: email });
  await expect.poll(() => row.count()).toBe(1);
  return row;
}

describe('journey 10: numbers a coach can trust and saves that keep what they did not change', () => {
  let browser: Browser;

  beforeAll(async () => {
    const coach = await createCoach(COACH, await signInToApi(SEEDED_ADMIN));
    const [row, chinUp] = await findExercises(coach.session, ['Dumbbell bent-over row', 'Chin-up']);
    const program = {
      targetKcal: 1700,
      exercises: [
        { exerciseId: row!.id, sets: 3, reps: 12, loadKg: 10 },
        { exerciseId: chinUp!.id, sets: 3, reps: 8 },
      ],
      program: JOURNEY_PROGRAM,
    };
    const newcomer = await createClient(coach.session, NEWCOMER);
    const slipping = await createClient(coach.session, SLIPPING);
    await assignProgram(coach.session, newcomer.id, { ...program, startDate: isoDay(0) });
    await assignProgram(coach.session, slipping.id, { ...program, startDate: isoDay(-6) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a client assigned a program today is not flagged and shows "no data yet"', async () => {
    const page = await newPage(browser, 'desktop');
    await signIn(page, COACH.email, COACH.password);
    await page.waitForURL('**/coach');
    await page.getByRole('heading', { name: 'Roster' }).waitFor();
    // The slipping client comes first; the newcomer, with nothing to score, after her.
    await expect
      .poll(() => page.getByTestId('roster-row').getByRole('link').allTextContents())
      .toEqual([SLIPPING.name, NEWCOMER.name]);
    await saveScreenshot(page, '10-coach-roster-new-client-desktop');

    await page.getByRole('link', { name: NEWCOMER.name }).click();
    await page.getByRole('heading', { level: 1, name: NEWCOMER.name }).waitFor();
    // Her client page: no score, no flag, and when scoring starts.
    const adherence = page.getByRole('region', { name: 'Adherence' });
    await adherence.getByTestId('adherence-no-data').getByText('No data yet.').waitFor();
    expect(await adherence.getByText('Behind', { exact: true }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '10-coach-client-new-desktop');

    // A target change planned for a later day is listed with its before and after values.
    await page.getByRole('button', { name: 'Adjust' }).click();
    const adjust = page.getByRole('form', { name: 'Adjust the assignment' });
    await adjust.getByLabel('Daily calorie target (kcal)').fill('1650');
    await adjust.getByLabel('New targets apply from').fill(isoDay(3));
    await adjust.getByRole('button', { name: 'Save changes' }).click();
    const changes = page.getByTestId('target-adjustments');
    await changes.getByText('Calorie target 1,700 → 1,650 kcal').waitFor();
    await changes.getByText(/^Planned from /).waitFor();
    await changes.getByText(`by ${COACH.name}`, { exact: false }).waitFor();
    // Until then the targets in effect stay as they were.
    expect(await page.getByTestId('assigned-calories').textContent()).toBe('1,700 kcal');
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '10-coach-target-change-desktop');

    await page.goto('/coach');
    const row = await rosterRow(page, NEWCOMER.email);
    await row.getByText('No data yet').first().waitFor();
    expect(await row.getByText('%').count()).toBe(0);
    for (const flag of ['Behind', 'Silent', 'Under floor'])
      expect(await row.getByText(flag, { exact: true }).count(), flag).toBe(0);
    // The flag filter agrees: she is among the clients without a flag.
    await page.getByLabel('Show').selectOption('behind');
    await expect.poll(() => row.count()).toBe(0);
    await page.getByLabel('Show').selectOption('all');
    await expectNoSeriousA11yViolations(page);
    const slipping = await rosterRow(page, SLIPPING.email);
    expect(await slipping.getByText('Behind', { exact: true }).count()).toBe(1);

    const phone = await newPage(browser, 'phone');
    await signIn(phone, COACH.email, COACH.password);
    await phone.waitForURL('**/coach');
    await phone.getByText('No data yet').first().waitFor();
    await saveScreenshot(phone, '10-coach-roster-new-client-phone');
    await phone.context().close();
    await page.context().close();
  });

  it('an invalid weight blocks the save, says so beside the button and keeps the stored weight', async () => {
    const page = await newPage(browser, 'phone');
    await signIn(page, NEWCOMER.email, NEWCOMER.password);
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
    const full = await saveScreenshot(page, '10-client-day-invalid-weight-phone');
    // What the phone shows at that moment: the field in focus, the reason beside the button.
    await page.screenshot({
      path: full.replace('-phone.png', '-screen-phone.png'),
    });

    await page.reload();
    await expect.poll(() => day.getByLabel(/^Body weight/).inputValue()).toBe(stored);

    // Offline, the failure is said in words, and nothing claims to be saved.
    await page.context().setOffline(true);
    await day.getByLabel(/^Body weight/).fill(inPounds ? '149.8' : '67.9');
    await day.getByRole('button', { name: 'Save day' }).click();
    await expect
      .poll(() => blocked.textContent())
      .toBe('Not saved: Could not reach the server. Check your connection and try again.');
    expect(await day.getByText('Day saved.').count()).toBe(0);
    await page.context().setOffline(false);
    await page.context().close();
  });

  it('an address that leads nowhere gets a styled page with a way back', async () => {
    const page = await newPage(browser, 'phone');
    await signIn(page, NEWCOMER.email, NEWCOMER.password);
    await page.waitForURL('**/today**');
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '10-not-found-phone');
    await page.getByRole('link', { name: 'Go to your start page' }).click();
    await page.waitForURL('**/today**');
    await page.context().close();
  });
});
