import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  SEEDED_ADMIN,
  assignProgram,
  createClient,
  createCoach,
  findExercises,
  isoDay,
  logDay,
  logWorkout,
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

const COACH = {
  name: 'Gwen Glance',
  email: 'j12.coach@sixstep.test',
  password: 'j12-coach-password',
};
const CLIENT = {
  name: 'Gia Glance',
  email: 'j12.client@sixstep.test',
  password: 'j12-client-pass',
};
const ELENA = { name: 'Elena Audit', email: 'j12.elena@sixstep.test', password: 'j12-elena-pass' };

/** The phone the issue names: 390 × 844. */
async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    baseURL: inject('baseUrl'),
    locale: 'en-US',
  });
  context.setDefaultTimeout(20_000);
  return context.newPage();
}

describe("journey 12: /today's first screen and a history people can read", () => {
  let browser: Browser;

  beforeAll(async () => {
    // Today: 1,420 kcal eaten and one strength session, the program's first day today.
    const coach = await createCoach(COACH, await signInToApi(SEEDED_ADMIN));
    const [row, pulldown] = await findExercises(coach.session, [
      'Dumbbell bent-over row',
      'Cable lat pulldown',
    ]);
    const exercises = [
      { exerciseId: row!.id, sets: 3, reps: 12, loadKg: 10 },
      { exerciseId: pulldown!.id, sets: 3, reps: 12, loadKg: 25 },
    ];
    const client = await createClient(coach.session, CLIENT);
    await assignProgram(coach.session, client.id, {
      startDate: isoDay(-1),
      targetKcal: 1559,
      exercises,
      program: JOURNEY_PROGRAM,
    });
    await logDay(client.session, { date: isoDay(0), calories: 1420, meals: 3, proteinMeals: 2 });
    await logWorkout(client.session, {
      date: isoDay(0),
      kind: 'strength',
      exerciseId: row!.id,
      sets: [
        { reps: 12, loadKg: 10 },
        { reps: 12, loadKg: 10 },
        { reps: 12, loadKg: 10 },
      ],
    });
    const elena = await createClient(coach.session, ELENA);
    await assignProgram(coach.session, elena.id, {
      startDate: isoDay(-1),
      targetKcal: 1506,
      exercises,
      program: JOURNEY_PROGRAM,
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a client's first phone screen shows the day's and the week's numbers and the next step", async () => {
    const page = await phone(browser);
    await signIn(page, CLIENT.email, CLIENT.password);
    await page.goto('/today');
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();

    const glance = page.getByRole('region', { name: /at a glance/ });
    const day = glance.getByTestId('glance-day');
    const week = glance.getByTestId('glance-week');
    expect(await day.textContent()).toContain('Calories1,420 / 1,559 kcal');
    expect(await day.textContent()).toContain('Meals with protein2 of 3');
    expect(await week.textContent()).toContain('Strength1 of 3 sessions');
    expect(await week.textContent()).toContain('Cardio0 of 4 days');
    expect(await glance.getByTestId('glance-logged').textContent()).toMatch(
      /^Logged: 1,420 kcal eaten · Dumbbell bent-over row, 3 sets/,
    );
    // Strength is done today; cardio is the next step short this week.
    expect(await glance.textContent()).toContain('Next: your cardio (0 of 4 done this week).');
    // All of it on the first screen.
    const box = (await glance.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);

    // The program's pages sit on one line, all within the screen; "Your data" sits by sign-out.
    const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    const boxes = [];
    for (const name of ['Today', 'Week', 'Progress', 'Check-in', 'Coach'])
      boxes.push((await links.filter({ hasText: name }).boundingBox())!);
    const tops = boxes.map((box) => box.y);
    // (the current page's underline may nudge its link by a pixel)
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(8);
    expect(Math.max(...boxes.map((box) => box.x + box.width))).toBeLessThanOrEqual(390);
    expect(await links.filter({ hasText: 'Your data' }).isVisible()).toBe(true);
    // Exercise details stay folded until asked for.
    const firstExercise = page
      .getByRole('region', { name: 'Strength' })
      .getByRole('article')
      .first();
    expect(await firstExercise.locator('details').first().getAttribute('open')).toBeNull();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '12-today-first-screen-phone');

    // A past day is titled by its date, never "today".
    await page.getByRole('link', { name: 'Previous day' }).click();
    await page.waitForURL(/date=/);
    const targets = page.getByRole('heading', { level: 2, name: /^Eat well/ });
    expect(await targets.textContent()).toMatch(/^Eat well on \w{3} \d{1,2} \w{3}$/);
    expect(await page.getByText('Eat well today').count()).toBe(0);
    await page.context().close();
  });

  it('the audit log shows a calorie change with the client by name and both values', async () => {
    const coach = await newPage(browser, 'desktop');
    await signIn(coach, COACH.email, COACH.password);
    await coach.waitForURL('**/coach');
    await coach.getByLabel('Search by name or e-mail').fill(ELENA.email);
    await coach.getByRole('link', { name: ELENA.name }).click();
    await coach.getByRole('heading', { level: 1, name: ELENA.name }).waitFor();
    expect(await coach.getByTestId('assigned-calories').textContent()).toBe('1,506 kcal');
    await coach.getByRole('button', { name: 'Adjust' }).click();
    const form = coach.getByRole('form', { name: 'Adjust the assignment' });
    await form.getByLabel('Daily calorie target (kcal)').fill('1450');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(() => coach.getByTestId('assigned-calories').textContent())
      .toBe('1,450 kcal');
    await coach.context().close();

    const admin = await newPage(browser, 'desktop');
    await signIn(admin, SEEDED_ADMIN.email, SEEDED_ADMIN.password);
    await admin.goto('/admin/audit');
    const change = admin
      .getByTestId('audit-row')
      .filter({ hasText: 'Assignment changed' })
      .filter({ hasText: ELENA.name })
      .first();
    await change.getByTestId('audit-change').filter({ hasText: 'Calorie target' }).waitFor();
    expect(
      await change
        .getByTestId('audit-change')
        .filter({ hasText: 'Calorie target' })
        .getAttribute('aria-label'),
    ).toBe('Calorie target 1,506 → 1,450 kcal');
    expect(await change.locator('dl div', { hasText: 'Client' }).textContent()).toContain(
      ELENA.name,
    );
    expect(await change.textContent()).not.toMatch(/targets\.|[0-9a-f]{8}…/);
    await expectNoSeriousA11yViolations(admin);
    await saveScreenshot(admin, '12-audit-calorie-change-desktop');
    await admin.context().close();
  });
});
