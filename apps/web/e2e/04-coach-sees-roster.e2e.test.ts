import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignProgram,
  createClient,
  createCoach,
  findExercises,
  isoDay,
  logDay,
  logWorkout,
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

const COACH = { name: 'Rita Roster', email: 'j04.coach@sixstep.test', password: 'j04-coach-pass' };
/** Logged on three of the program's seven days, today among them. */
const LOGGER = { name: 'Liam Logger', email: 'j04.logger@sixstep.test', password: 'j04-logger-pw' };
/** Same program, nothing logged since it started six days ago. */
const QUIET = { name: 'Quinn Quiet', email: 'j04.quiet@sixstep.test', password: 'j04-quiet-pw' };

const STEPS = ['Overall', 'Strength', 'Cardio', 'HIIT', 'Calories', 'Food', 'Treats'] as const;

/**
 * Both programs started six days ago, so the 7-day and the 28-day windows are the same seven
 * days (weeks = 1). The logger: strength on two days (2 of 3 → 67%), 35 min of cardio on one
 * (1 of 4 → 25%), no HIIT (0%), calories within target on two days (2/7 → 29%), food met on
 * one (1/7 → 14%), no treats with three days logged (3/7 → 43%); mean 0.2956 → 30%.
 */
const LOGGER_SCORES: Record<(typeof STEPS)[number], string> = {
  Overall: '30%',
  Strength: '67%',
  Cardio: '25%',
  HIIT: '0%',
  Calories: '29%',
  Food: '14%',
  Treats: '43%',
};

/** Each step's score in one window, as shown ("67%"; the cell also reads its label aloud). */
async function scores(row: Locator, window: '7' | '28') {
  const entries = await Promise.all(
    STEPS.map(async (step) => {
      const text = await row.locator(`[title="${step}, last ${window} days"]`).textContent();
      return [step, text?.replace(`${step}, last ${window} days: `, '')] as const;
    }),
  );
  return Object.fromEntries(entries);
}

const rows = (page: Page) => page.getByTestId('roster-row');
const rowNames = (page: Page) => rows(page).getByRole('link').allTextContents();

describe('journey 04: after the client logged, the coach sees it on the roster', () => {
  let browser: Browser;

  beforeAll(async () => {
    const coach = await createCoach(COACH, await signInToApi(SEEDED_ADMIN));
    const [row, chinUp] = await findExercises(coach.session, ['Dumbbell bent-over row', 'Chin-up']);
    const assignment = {
      startDate: isoDay(-6),
      targetKcal: 1700,
      exercises: [
        { exerciseId: row!.id, sets: 3, reps: 12, loadKg: 10 },
        { exerciseId: chinUp!.id, sets: 3, reps: 8 },
      ],
      program: JOURNEY_PROGRAM,
    };
    const logger = await createClient(coach.session, LOGGER);
    const quiet = await createClient(coach.session, QUIET);
    await assignProgram(coach.session, logger.id, assignment);
    await assignProgram(coach.session, quiet.id, assignment);

    const strength = {
      kind: 'strength' as const,
      exerciseId: row!.id,
      sets: [{ reps: 12, loadKg: 10 }],
    };
    await logWorkout(logger.session, { ...strength, date: isoDay(-2) });
    await logWorkout(logger.session, { ...strength, date: isoDay(0) });
    await logWorkout(logger.session, { kind: 'cardio', date: isoDay(0), minutes: 35 });
    // Within the target, but one meal without protein: calories met, food not.
    await logDay(logger.session, { date: isoDay(-1), calories: 1600, meals: 2, proteinMeals: 1 });
    await logDay(logger.session, {
      date: isoDay(0),
      calories: 1550,
      meals: 3,
      proteinMeals: 3,
      fatServings: 2,
      vegServings: 3,
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('scores each step of the logged days exactly and flags only the quiet client silent', async () => {
    const page = await newPage(browser, 'desktop');
    await signIn(page, COACH.email, COACH.password);
    await page.waitForURL('**/coach');
    await page.getByRole('heading', { name: 'Roster' }).waitFor();
    // Worst overall first.
    await expect.poll(() => rowNames(page)).toEqual([QUIET.name, LOGGER.name]);
    await page.getByText('2 of 2 clients').waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '04-coach-roster-desktop');

    const logger = rows(page).filter({ hasText: LOGGER.email });
    expect(await scores(logger, '7')).toEqual(LOGGER_SCORES);
    expect(await scores(logger, '28')).toEqual(LOGGER_SCORES);
    expect(await logger.getByText('Behind', { exact: true }).count()).toBe(1);
    expect(await logger.getByText('Silent', { exact: true }).count()).toBe(0);

    const quiet = rows(page).filter({ hasText: QUIET.email });
    expect(await scores(quiet, '7')).toEqual(Object.fromEntries(STEPS.map((step) => [step, '0%'])));
    expect(await quiet.getByText('Silent', { exact: true }).count()).toBe(1);
    expect(await quiet.getByText('Behind', { exact: true }).count()).toBe(1);

    // The flag filter agrees with the badges.
    const show = page.getByLabel('Show');
    await show.selectOption('silent');
    await expect.poll(() => rowNames(page)).toEqual([QUIET.name]);
    await show.selectOption('behind');
    await expect.poll(() => rowNames(page)).toEqual([QUIET.name, LOGGER.name]);
    await show.selectOption('none');
    await page.getByText('No client matches this search.').waitFor();
    await show.selectOption('all');
    await expect.poll(() => rowNames(page)).toEqual([QUIET.name, LOGGER.name]);
    await saveScreenshot(page, '04-coach-roster-filtered-desktop');

    await logger.getByRole('link', { name: LOGGER.name }).click();
    await page.getByRole('heading', { level: 1, name: LOGGER.name }).waitFor();
    // The header row and one row per logged date: two days ago, yesterday and today.
    const history = page.getByRole('region', { name: 'Log history' });
    await expect.poll(() => history.getByRole('row').count()).toBe(4);
    await page.getByRole('region', { name: 'Adherence' }).getByText('By week').waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '04-coach-client-desktop');

    const phone = await newPage(browser, 'phone');
    await signIn(phone, COACH.email, COACH.password);
    await phone.waitForURL('**/coach');
    await phone.getByRole('heading', { name: 'Roster' }).waitFor();
    await expect.poll(() => rowNames(phone)).toEqual([QUIET.name, LOGGER.name]);
    await saveScreenshot(phone, '04-coach-roster-phone');
    await phone.context().close();
    await page.context().close();
  });
});
