import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  expectSignInRefused,
  launchBrowser,
  newPage,
  saveScreenshot,
  signIn,
} from './support/browser';
import { signInAsAdmin } from './support/two-factor';
import { confirmDeletionInDialog } from './support/delete-client-dialog';
import { createClient, createCoach, SEEDED_ADMIN as ADMIN, signInToApi } from './support/api';

/** Two coaches, each with one client: the list shows every coach's clients with their coach. */
const KEPT = {
  name: 'Kai Kept',
  email: 'j07.kept@sixstep.test',
  password: 'j07-kept-pass',
  coach: { name: 'Dora Keeper', email: 'j07.coach@sixstep.test', password: 'j07-coach-pw' },
};
/** The client the admin deletes (searched for in capitals: search ignores case). */
const DELETED = {
  name: 'Gail Deleted',
  email: 'j07.deleted@sixstep.test',
  password: 'j07-deleted-pw',
  coach: { name: 'Sol Remover', email: 'j07.coach2@sixstep.test', password: 'j07-coach2-pw' },
};

const rows = (page: Page) => page.getByTestId('client-account-row');
const totalInAll = async (page: Page) =>
  Number(
    /(\d+) clients? in all/.exec(
      (await page.getByText(/\d+ clients? in all/).textContent()) ?? '',
    )?.[1],
  );

/** Types into the search form and waits for the server-rendered result of that search. */
async function search(page: Page, text: string) {
  const form = page.getByRole('search', { name: 'Search clients' });
  await form.getByLabel('Search by name or e-mail').fill(text);
  await form.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL((url) => url.searchParams.get('search') === text);
}

describe('journey 07: an admin deletes a client account from the list of all clients', () => {
  let browser: Browser;

  beforeAll(async () => {
    const admin = await signInToApi(ADMIN);
    for (const { coach, ...client } of [KEPT, DELETED])
      await createClient((await createCoach(coach, admin)).session, client);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the admin finds the client, is refused a wrong e-mail, deletes her; she is gone, cannot sign in, and the audit log says who did it', async () => {
    const page = await newPage(browser, 'desktop');
    await signInAsAdmin(page);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Clients' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    // Every coach's clients, each with their coach.
    for (const client of [KEPT, DELETED])
      await rows(page)
        .filter({ hasText: client.name })
        .filter({ hasText: client.coach.name })
        .waitFor();
    const totalBefore = await totalInAll(page);
    expect(totalBefore).toBeGreaterThan(1);
    expect(await rows(page).count()).toBe(totalBefore);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '07-admin-clients-desktop');

    await search(page, 'GAIL');
    await expect.poll(() => rows(page).count()).toBe(1);
    const row = rows(page).first();
    expect(await row.textContent()).toContain(DELETED.email);
    await row.getByText('Active').waitFor();

    await row.getByRole('button', { name: `Delete… ${DELETED.name}` }).click();
    // Another client's address is refused.
    const dialog = await confirmDeletionInDialog(page, DELETED, {
      wrongEmail: KEPT.email,
      screenshot: '07-admin-delete-client-mismatch-desktop',
    });
    const notice = page
      .getByRole('status')
      .filter({ hasText: `${DELETED.name}’s account and all their data were deleted` });
    await notice.waitFor();
    await page.getByText('No client matches this search').waitFor();
    await dialog.waitFor({ state: 'detached' });
    // Focus is not lost with the removed row: it lands on the confirmation.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('were deleted');
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '07-admin-client-deleted-desktop');

    await page.getByRole('link', { name: 'Show all clients' }).first().click();
    await page.waitForURL((url) => !url.searchParams.has('search'));
    await expect.poll(() => totalInAll(page)).toBe(totalBefore - 1);
    expect(await rows(page).count()).toBe(totalBefore - 1);
    expect(await rows(page).filter({ hasText: DELETED.email }).count()).toBe(0);

    // The newest audit entry is this deletion, by the admin, naming the address only by its digest.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Audit log' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    const deletion = page
      .getByTestId('audit-row')
      .filter({ hasText: 'Client deleted with their data' })
      .first();
    await deletion.getByText('Client deleted with their data').waitFor();
    expect(await deletion.textContent()).toContain(ADMIN.name);
    // No trace of the address stays, not even a hash that candidate addresses could be tried on.
    const digest = createHash('sha256').update(DELETED.email).digest('hex');
    expect(await deletion.textContent()).not.toContain(digest.slice(0, 12));
    expect(await deletion.textContent()).not.toContain(DELETED.email);
    await page.context().close();

    await expectSignInRefused(browser, DELETED.email, DELETED.password);
  });

  it('on a phone the list scrolls inside its box, and a stale page link is explained', async () => {
    const phone = await newPage(browser, 'phone');
    await signInAsAdmin(phone);
    await phone.goto('/admin/clients');
    await rows(phone).first().waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await expectNoSeriousA11yViolations(phone);
    await saveScreenshot(phone, '07-admin-clients-phone');

    await phone.goto('/admin/clients?cursor=00000000-0000-4000-8000-000000000000');
    await phone.getByText('This page of the list cannot be shown').waitFor();
    await phone.getByRole('link', { name: 'Show the first page' }).click();
    await rows(phone).first().waitFor();
    await phone.context().close();
  });

  it('nobody but an admin gets the page', async () => {
    const coach = await newPage(browser, 'desktop');
    await signIn(coach, KEPT.coach.email, KEPT.coach.password);
    await coach.goto('/admin/clients');
    expect(new URL(coach.url()).pathname).not.toBe('/admin/clients');
    expect(await coach.getByTestId('client-account-row').count()).toBe(0);
    await coach.context().close();
  });
});
