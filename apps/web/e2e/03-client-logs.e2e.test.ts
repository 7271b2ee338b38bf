import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignProgram,
  createClient,
  createCoach,
  findExercises,
  isoDay,
  signInToApi,
  SEEDED_ADMIN,
} from './support/api';
import { JOURNEY_PROGRAM } from './support/program';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  newPage,
  saveScreenshot,
  signIn,
} from './support/browser';

/** Nothing may stick out sideways on a phone: the page is exactly as wide as the screen. */
async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/** Visible buttons, links and inputs smaller than 44 × 44 px (text links inside prose excepted). */
async function smallTapTargets(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) =>
    Array.from(
      root.querySelectorAll<HTMLElement>(
        'button, a.button, input:not([type=radio]):not([type=hidden]), select, summary, [role=radio]',
      ),
    )
      .filter((el) => el.offsetParent !== null)
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width < 44 || box.height < 44;
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || (el as HTMLInputElement).name || '').trim()}"`,
      ),
  );
}

const CLIENT = {
  name: 'Lena Logger',
  email: 'j03.client@sixstep.test',
  password: 'j03-client-password',
};
const CALORIE_TARGET = 1700;
/** The program's first exercise, prescribed 3 × 12: the one the client logs with one tap. */
const FIRST_EXERCISE = 'Dumbbell bent-over row';

describe('journey 03: the client logs a day on a phone', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // A coach assigned the program yesterday, so yesterday is a day of the program too.
    const coach = await createCoach(
      { name: 'Nora Coach', email: 'j03.coach@sixstep.test', password: 'j03-coach-password' },
      await signInToApi(SEEDED_ADMIN),
    );
    const client = await createClient(coach.session, CLIENT);
    const [first, second] = await findExercises(coach.session, [FIRST_EXERCISE, 'Renegade row']);
    await assignProgram(coach.session, client.id, {
      startDate: isoDay(-1),
      targetKcal: CALORIE_TARGET,
      exercises: [
        { exerciseId: first!.id, sets: 3, reps: 12, loadKg: 10 },
        { exerciseId: second!.id, sets: 3, reps: 10, loadKg: 8 },
      ],
      program: JOURNEY_PROGRAM,
    });
    browser = await launchBrowser();
    page = await newPage(browser, 'phone');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("signs in and sees today's plan with the coach's targets", async () => {
    await signIn(page, CLIENT.email, CLIENT.password);
    await page.waitForURL('**/today**');
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    // The plan the coach assigned: two exercises with their prescription, the personal target.
    const exercises = page.getByRole('region', { name: 'Strength' }).getByRole('article');
    await expect.poll(() => exercises.count()).toBe(2);
    expect(await exercises.first().getByRole('heading').textContent()).toBe(FIRST_EXERCISE);
    await exercises.first().getByText('3 × 12').first().waitFor();
    await page
      .getByTestId('calorie-target')
      .getByText(CALORIE_TARGET.toLocaleString('en'))
      .first()
      .waitFor();
    await expectNoHorizontalScroll(page);
    expect(await smallTapTargets(page.locator('main'))).toEqual([]);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '03-client-today-phone');
  });

  it('logs the day: calories within target, meals, protein, fats, vegetables and weight', async () => {
    const day = page.getByRole('form', { name: 'Day log' });
    await day.getByLabel('Calories eaten').fill(String(CALORIE_TARGET - 150));
    await day.getByLabel('Meals', { exact: true }).fill('3');
    await day.getByLabel('Meals with protein', { exact: true }).fill('3');
    // The stepper works by thumb too: each tap on + adds one (from empty, the first tap gives 1).
    const fat = day.getByLabel('Fat servings', { exact: true });
    const fatBefore = Number((await fat.inputValue()) || 0);
    await day.getByRole('button', { name: 'More fat servings' }).click();
    await day.getByRole('button', { name: 'More fat servings' }).click();
    expect(await fat.inputValue()).toBe(String(fatBefore + 2));
    await fat.fill('2');
    await day.getByLabel('Vegetable servings', { exact: true }).fill('3');
    const weightLabel = (await day.getByText(/^Body weight/).textContent()) ?? '';
    await day.getByLabel(/^Body weight/).fill(weightLabel.includes('lb') ? '158.5' : '71.9');
    await day.getByRole('button', { name: 'Save day' }).click();
    await day.getByRole('status').getByText('Day saved.').waitFor();

    // What was saved comes back after a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    const reloaded = page.getByRole('form', { name: 'Day log' });
    expect(await reloaded.getByLabel('Calories eaten').inputValue()).toBe(
      String(CALORIE_TARGET - 150),
    );
    expect(await reloaded.getByLabel('Meals with protein', { exact: true }).inputValue()).toBe('3');
    expect(await reloaded.getByLabel('Fat servings', { exact: true }).inputValue()).toBe('2');
  });

  it('logs every set of one exercise as prescribed with one tap', async () => {
    const exercise = page.getByRole('region', { name: 'Strength' }).getByRole('article').first();
    const name = (await exercise.getByRole('heading').textContent()) ?? '';
    const logged = page.getByRole('region', { name: 'Logged on this day' });
    await exercise.getByRole('button', { name: /^Log \d+ × \d+/ }).click();
    await exercise
      .getByRole('status')
      .getByText(/^Logged/)
      .waitFor();
    await logged.getByRole('listitem').filter({ hasText: name }).waitFor();
    await exercise.getByText('Done').waitFor();
  });

  it('logs 35 minutes of rowing once, even when the button is tapped twice', async () => {
    const cardio = page.getByRole('form', { name: 'Log cardio' });
    await cardio.getByText('Rowing', { exact: true }).click();
    await cardio.getByLabel('Minutes', { exact: true }).fill('35');
    const rows = page
      .getByRole('region', { name: 'Logged on this day' })
      .getByRole('listitem')
      .filter({ hasText: '35 min' });
    expect(await rows.count()).toBe(0);
    await cardio.getByRole('button', { name: 'Log 35 min rowing' }).dblclick();
    await cardio.getByRole('status').getByText('Logged 35 min of rowing.').waitFor();
    await rows.first().waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '03-client-today-logged-phone');
  });

  it('deletes a workout logged by mistake after confirming', async () => {
    const hiit = page.getByRole('form', { name: 'Log HIIT' });
    await hiit.getByLabel('Minutes', { exact: true }).fill('12');
    await hiit.getByRole('button', { name: /^Log 12 min/ }).click();
    const logged = page.getByRole('region', { name: 'Logged on this day' });
    const mistake = logged.getByRole('listitem').filter({ hasText: '12 min' });
    await mistake.waitFor();
    await mistake.getByRole('button', { name: /^Delete/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this workout?' });
    await dialog.waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '03-client-delete-confirm-phone');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => mistake.count(), { timeout: 20_000 }).toBe(0);
    // The rowing session and the strength session are still there.
    expect(await logged.getByRole('listitem').filter({ hasText: '35 min' }).count()).toBe(1);
  });

  it("yesterday's log can be completed from the date switcher", async () => {
    await page.getByRole('link', { name: 'Previous day' }).click();
    await page.waitForURL(/\/today\?date=\d{4}-\d{2}-\d{2}/);
    await page.getByRole('link', { name: 'Next day' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe('Today');
    const day = page.getByRole('form', { name: 'Day log' });
    await day.getByLabel('Note').fill('Filled in the next morning');
    await day.getByRole('button', { name: 'Save day' }).click();
    await day.getByRole('status').getByText('Day saved.').waitFor();
    await page.getByRole('link', { name: 'Today', exact: true }).last().click();
    await page.waitForURL((url) => url.pathname === '/today' && !url.search);
    // Today's own log is untouched by yesterday's.
    expect(await page.getByRole('form', { name: 'Day log' }).getByLabel('Note').inputValue()).toBe(
      '',
    );
  });

  it("shows the week with today's steps ticked", async () => {
    await page.getByRole('link', { name: 'Week', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'This week' }).waitFor();
    const today = page.getByTestId('week-day-today');
    await today.getByText('Strength done').waitFor();
    await today.getByText('Cardio done').waitFor();
    await today.getByText('Calories done').waitFor();
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '03-client-week-phone');
  });

  it('sees the adherence of the two program days and the weight chart on the progress page', async () => {
    await page.getByRole('link', { name: 'Progress', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Progress' }).waitFor();
    const overall = page.getByTestId('adherence-overall');
    await overall.waitFor();
    // Two counted days (yesterday: a note only; today: the logs above), weeks = 2/7. Strength
    // 1 session of 3 a week → 1; cardio 1 day of 4 a week → 0.875; HIIT (deleted) 0; calories
    // and food 1 of 2 days → 0.5 each; treats none, both days logged → 1. Mean 0.6458.
    expect(await overall.textContent()).toBe('65%');
    await page.getByRole('region', { name: 'Weight' }).locator('svg').first().waitFor();
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '03-client-progress-phone');
  });

  it('switches the weight unit and sees the weight in that unit', async () => {
    const units = page.getByRole('group', { name: 'Weight unit' });
    const current = (await units.getByRole('radio', { checked: true }).getAttribute('value')) as
      'kg' | 'lb';
    const other = current === 'kg' ? 'lb' : 'kg';
    await units.getByText(other, { exact: true }).click();
    await page
      .getByTestId('latest-weight')
      .getByText(new RegExp(`\\d ${other}$`))
      .waitFor();
    await units.getByText(current, { exact: true }).click();
    await page
      .getByTestId('latest-weight')
      .getByText(new RegExp(`\\d ${current}$`))
      .waitFor();
  });

  it('the day and week pages are usable on a desktop too', async () => {
    const desktop = await newPage(browser, 'desktop');
    await signIn(desktop, CLIENT.email, CLIENT.password);
    await desktop.waitForURL('**/today**');
    await desktop.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await expectNoSeriousA11yViolations(desktop);
    await saveScreenshot(desktop, '03-client-today-desktop');
    await desktop.goto('/progress');
    await desktop.getByTestId('adherence-overall').waitFor();
    await saveScreenshot(desktop, '03-client-progress-desktop');
    await desktop.close();
  });
});
