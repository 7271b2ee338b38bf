import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  newPage,
  saveScreenshot,
  signIn,
} from './support/browser';
import { createExercise, SEEDED_ADMIN as ADMIN, signInToApi } from './support/api';
import { mailCount, waitForMailedLink } from './support/mail';
import { signInAsAdmin } from './support/two-factor';

const NEW_COACH = {
  name: 'Casey Journey',
  email: 'casey.journey@sixstep.test',
  password: 'e2e-coach-password',
};

const catalogRows = (page: Page) => page.getByTestId('catalog-row');

/** Exercises this journey creates for itself to edit, so it never depends on another's edits. */
const EDITED = { slug: 'journey-01-bent-over-row', name: 'Journey 01 bent-over row' };
const CONTESTED = { slug: 'journey-01-plank-row', name: 'Journey 01 plank row' };

async function openExercise(page: Page, name: string) {
  await page.goto('/admin/catalog');
  await page.getByLabel('Search').fill(name);
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByLabel('Instructions').waitFor();
}

describe('journey 01: an admin keeps the catalog, the template and the coach accounts', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const admin = await signInToApi(ADMIN);
    for (const exercise of [EDITED, CONTESTED])
      await createExercise(admin, {
        ...exercise,
        category: 'strength',
        muscles: ['latissimus dorsi', 'rhomboids'],
        instructions: 'Pull the weight up beside the ribs.',
      });
    browser = await launchBrowser();
    page = await newPage(browser, 'desktop');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signs in to the catalog, which search and category narrow down', async () => {
    await signInAsAdmin(page);
    await page.waitForURL('**/admin/catalog');
    await page.getByRole('heading', { level: 1, name: 'Exercise catalog' }).waitFor();
    await expect.poll(() => catalogRows(page).count()).toBeGreaterThan(10);
    const total = await catalogRows(page).count();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '01-admin-catalog-desktop');

    const names = () => catalogRows(page).getByRole('link').allTextContents();
    await page.getByLabel('Search').fill('renegade');
    await expect.poll(names).toEqual(['Renegade row']);
    // Search covers muscles too: every row left lists the muscle.
    await page.getByLabel('Search').fill('trapezius');
    const muscles = () => catalogRows(page).locator('td:nth-child(4)').allTextContents();
    await expect
      .poll(async () => (await muscles()).filter((text) => text.includes('trapezius')).length)
      .toBeGreaterThanOrEqual(2);
    await expect
      .poll(async () => (await muscles()).every((text) => text.includes('trapezius')))
      .toBe(true);
    expect((await muscles()).length).toBeLessThan(total);

    await page.getByLabel('Search').fill('');
    await page.getByLabel('Category').selectOption('hiit');
    await expect
      .poll(
        async () => new Set(await catalogRows(page).locator('td:nth-child(2)').allTextContents()),
      )
      .toEqual(new Set(['HIIT']));
  });

  it('edits an exercise: the new instructions are saved and the history says who changed what', async () => {
    await openExercise(page, EDITED.name);
    const instructions = `Rest one knee and one hand on a flat bench, keep the back level and pull the weight up beside the ribs. (journey ${Date.now()})`;
    await page.getByLabel('Instructions').fill(instructions);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved. This is now version' }).waitFor();

    await page.reload();
    await expect.poll(() => page.getByLabel('Instructions').inputValue()).toBe(instructions);
    const latest = page.getByTestId('revision').first();
    await expect.poll(() => latest.textContent()).toMatch(new RegExp(`^Edited by ${ADMIN.name}`));
    expect(await latest.textContent()).toContain(`Instructions:`);
    expect(await latest.locator('ins').textContent()).toContain(
      'Rest one knee and one hand on a flat bench',
    );
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '01-admin-exercise-edited-desktop');
  });

  it('a stale edit is refused plainly, keeps the input, and offers the latest version', async () => {
    const other = await newPage(browser, 'desktop');
    await signInAsAdmin(other);
    await openExercise(page, CONTESTED.name);
    await openExercise(other, CONTESTED.name);

    await other.getByLabel('Muscles').fill('latissimus dorsi, rhomboids, core, obliques');
    await other.getByRole('button', { name: 'Save changes' }).click();
    await other.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    const mine =
      'Hold a straight-arm plank, hips level, and row one dumbbell at a time without twisting.';
    await page.getByLabel('Instructions').fill(mine);
    await page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page
      .getByRole('alert')
      .filter({ hasText: 'Someone else changed this exercise' });
    await conflict.waitFor();
    expect(await page.getByLabel('Instructions').inputValue()).toBe(mine);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '01-admin-exercise-conflict-desktop');

    await conflict.getByRole('button', { name: 'Load the latest version' }).click();
    await page.getByRole('status').filter({ hasText: 'Your edits were kept' }).waitFor();
    expect(await page.getByLabel('Muscles').inputValue()).toBe(
      'latissimus dorsi, rhomboids, core, obliques',
    );
    expect(await page.getByLabel('Instructions').inputValue()).toBe(mine);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await expect
      .poll(() => page.getByTestId('revision').filter({ hasText: 'Edited by' }).count())
      .toBe(2);
    await other.context().close();
  });

  it('creates an exercise on a ladder, then archives it after confirming', async () => {
    await page.goto('/admin/catalog');
    await page.getByRole('link', { name: 'New exercise' }).click();
    await page.getByLabel('Name').fill('Journey wall slide');
    expect(await page.getByLabel('Slug').inputValue()).toBe('journey-wall-slide');
    await page.getByLabel('Muscles').fill('rhomboids, lower trapezius');
    await page
      .getByLabel('Instructions')
      .fill('Back against a wall, slide the arms up and down slowly.');
    await page.getByLabel('Media URL').fill('not a link');
    await page
      .getByLabel('Harder exercise (next step on the ladder)')
      .selectOption({ label: 'Cable lat pulldown (difficulty 1)' });
    await page.getByRole('button', { name: 'Create the exercise' }).click();
    await page.getByText('Media URL must be an https:// address').waitFor();
    expect(await page.getByLabel('Media URL').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Media URL').fill('');
    await page.getByRole('button', { name: 'Create the exercise' }).click();
    await page.getByRole('heading', { level: 1, name: 'Journey wall slide' }).waitFor();

    // The harder exercise shows this one as an easier step leading to it.
    await openExercise(page, 'Cable lat pulldown');
    await page.getByText('leading here:').getByRole('link', { name: 'Journey wall slide' }).click();
    await page.getByRole('heading', { level: 1, name: 'Journey wall slide' }).waitFor();

    await page.getByRole('button', { name: 'Archive' }).click();
    const dialog = page.getByRole('dialog', { name: 'Archive “Journey wall slide”?' });
    await dialog.waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '01-admin-archive-confirm-desktop');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator('h1 ~ .badge').first().textContent()).toBe('Active');

    await page.getByRole('button', { name: 'Archive' }).click();
    await dialog.getByRole('button', { name: 'Archive' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('h1 ~ .badge', { hasText: 'Archived' }).waitFor();
    await page
      .getByTestId('revision')
      .first()
      .filter({ hasText: new RegExp(`^Archived by ${ADMIN.name}`) })
      .waitFor();

    await page.goto('/admin/catalog');
    await page.getByLabel('Search').fill('wall slide');
    await page.getByText('No exercise matches').waitFor();
    await page.getByLabel('Include archived').check();
    await expect.poll(() => catalogRows(page).count()).toBe(1);
    expect(await catalogRows(page).first().textContent()).toContain('Archived');
    await saveScreenshot(page, '01-admin-catalog-archived-desktop');
  });

  it('the program template marks which numbers are product defaults', async () => {
    await page.goto('/admin/program');
    await page.getByRole('heading', { level: 1, name: 'System program template' }).waitFor();
    const hiit = page.getByRole('group', { name: /Interval training/ });
    await expect.poll(() => hiit.getByLabel(/^Sessions a week/).inputValue()).toBe('2');
    expect(await hiit.getByText('Product default').count()).toBe(1);
    expect(
      await page
        .getByRole('group', { name: /Treats/ })
        .getByText('Product default')
        .count(),
    ).toBe(1);
    expect(
      await page
        .getByRole('group', { name: /Strength/ })
        .getByText('Product default')
        .count(),
    ).toBe(0);

    await hiit.getByLabel('Shortest session').fill('25');
    await page.getByRole('button', { name: 'Save the template' }).click();
    await hiit.getByText('Minimum minutes cannot exceed the maximum').waitFor();
    await hiit.getByLabel('Shortest session').fill('15');
    await page.getByRole('button', { name: 'Save the template' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '01-admin-program-desktop');
  });

  it('invites a coach, who chooses a password from the mailed link; deactivates (sign-in refused) and reactivates', async () => {
    await page.goto('/admin/coaches');
    await page.getByRole('heading', { level: 1, name: 'Coach accounts' }).waitFor();
    const form = page.getByRole('form', { name: 'Create a coach account' });
    await form.getByLabel('Name').fill(NEW_COACH.name);
    await form.getByLabel('E-mail').fill(ADMIN.email);
    await form.getByRole('button', { name: 'Invite the coach' }).click();
    await form.getByText('an account with this e-mail address already exists').waitFor();
    const mailsBefore = mailCount();
    await form.getByLabel('E-mail').fill(NEW_COACH.email);
    await form.getByRole('button', { name: 'Invite the coach' }).click();
    await form.getByRole('status').filter({ hasText: 'has been sent an invitation' }).waitFor();
    // The admin never sees a password or the link; the coach chooses from the mail.
    expect(await form.getByTestId('invite-link').count()).toBe(0);
    const row = page.getByTestId('coach-row').filter({ hasText: NEW_COACH.email });
    await row.waitFor();
    const invitation = await waitForMailedLink(NEW_COACH.email, 'invite', mailsBefore);
    const accepting = await newPage(browser, 'desktop');
    await accepting.goto(invitation);
    const setUp = accepting.getByRole('form', { name: 'Set up your account' });
    await setUp.getByLabel('Name').fill(NEW_COACH.name);
    await setUp.getByLabel('Password', { exact: true }).fill(NEW_COACH.password);
    await setUp.getByLabel('Repeat the password').fill(NEW_COACH.password);
    await setUp.getByRole('button', { name: 'Create my account' }).click();
    await accepting.waitForURL('**/login**');
    await accepting.context().close();

    await row.getByRole('button', { name: `Deactivate ${NEW_COACH.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Deactivate ${NEW_COACH.name}?` });
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('Deactivated').waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '01-admin-coaches-desktop');

    const coachPage = await newPage(browser, 'desktop');
    await expect(signIn(coachPage, NEW_COACH.email, NEW_COACH.password)).rejects.toThrow(
      /was refused/,
    );

    await row.getByRole('button', { name: `Reactivate ${NEW_COACH.name}` }).click();
    await page
      .getByRole('dialog', { name: `Reactivate ${NEW_COACH.name}?` })
      .getByRole('button', { name: 'Reactivate' })
      .click();
    await row.getByText('Active', { exact: true }).waitFor();
    await signIn(coachPage, NEW_COACH.email, NEW_COACH.password);
    await coachPage.waitForURL('**/coach');
    await coachPage.context().close();
  });

  it('works on a phone', async () => {
    const phone = await newPage(browser, 'phone');
    await signInAsAdmin(phone);
    await phone.waitForURL('**/admin/catalog');
    await expect.poll(() => catalogRows(phone).count()).toBeGreaterThan(10);
    await expectNoSeriousA11yViolations(phone);
    await saveScreenshot(phone, '01-admin-catalog-phone');
    await openExercise(phone, 'Chin-up');
    await expectNoSeriousA11yViolations(phone);
    await saveScreenshot(phone, '01-admin-exercise-phone');
    for (const path of ['/admin/program', '/admin/coaches']) {
      await phone.goto(path);
      await phone.getByRole('button', { name: /Save the template|Invite the coach/ }).waitFor();
      await expectNoSeriousA11yViolations(phone);
    }
    await saveScreenshot(phone, '01-admin-coaches-phone');
    await phone.context().close();
  });
});
