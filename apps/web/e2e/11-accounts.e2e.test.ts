import { generate } from 'otplib';
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
import { mailCount, waitForMailedLink } from './support/mail';
import { enrolTwoFactor } from './support/two-factor';

/** Seeded accounts no earlier journey signs in as, each used by one test here. */
const FORGETFUL = { email: 'priya@sixstep.test', password: 'sixstep-demo' };
const CAREFUL = { email: 'marcus@sixstep.test', password: 'sixstep-demo' };
const TRAVELLER = { email: 'elena@sixstep.test', password: 'sixstep-demo' };
const NEW_PASSWORD = 'quiet harbour lantern 42';

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL('**/login**');
}

describe('journey 11: accounts people can live with', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('forgot password: a link by mail, a new password (strength shown), then sign-in with it', async () => {
    const page = await newPage(browser, 'phone');
    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    const before = mailCount();
    await page.getByLabel('E-mail').fill(FORGETFUL.email);
    await page.getByRole('button', { name: 'Send me a reset link' }).click();
    await page.getByRole('status').filter({ hasText: 'a link to choose a new password' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '11-forgot-password-phone');

    const link = await waitForMailedLink(FORGETFUL.email, 'reset-password', before);
    const response = await page.goto(link);
    // The token in the address is never passed on to another site.
    expect(response!.headers()['referrer-policy']).toBe('no-referrer');
    await page.getByLabel('New password', { exact: true }).fill('password123');
    await page.getByTestId('password-strength').filter({ hasText: 'Too easy to guess' }).waitFor();
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page
      .getByTestId('password-strength')
      .filter({ hasText: /[Ss]trong/ })
      .waitFor();
    await page.getByLabel('Repeat the new password').fill(NEW_PASSWORD);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '11-reset-password-phone');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.waitForURL('**/login?reset=1');

    await signIn(page, FORGETFUL.email, NEW_PASSWORD);
    await page.waitForURL('**/today**');
    await page.context().close();
    await expectSignInRefused(browser, FORGETFUL.email, FORGETFUL.password);

    // The link worked once.
    const again = await newPage(browser, 'desktop');
    await again.goto(link);
    await again.getByLabel('New password', { exact: true }).fill('another quiet lantern 77');
    await again.getByLabel('Repeat the new password').fill('another quiet lantern 77');
    await again.getByRole('button', { name: 'Save the new password' }).click();
    await again.getByText('This reset link cannot be used.').waitFor();
    await again.context().close();
  });

  it('two-factor: enrol in settings, then sign in with a code, then with a recovery code', async () => {
    const page = await newPage(browser, 'desktop');
    await signIn(page, CAREFUL.email, CAREFUL.password);
    await page.goto('/settings');
    await page.getByRole('link', { name: 'Set up two-factor sign-in' }).click();
    await page.getByRole('heading', { name: 'Two-factor sign-in' }).waitFor();
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).waitFor();
    const { secret, recoveryCodes } = await enrolTwoFactor(page);
    expect(recoveryCodes).toHaveLength(10);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '11-two-factor-recovery-codes-desktop');
    await page.goto('/today');
    await signOut(page);

    await signIn(page, CAREFUL.email, CAREFUL.password, {
      secondFactor: async () => {
        // The code used to confirm enrolment may still be current: wait for a fresh one.
        const step = () => Math.floor(Date.now() / 30_000);
        const start = step();
        while (step() === start) await new Promise((r) => setTimeout(r, 500));
        return generate({ secret });
      },
    });
    await page.waitForURL('**/today**');
    await signOut(page);

    await signIn(page, CAREFUL.email, CAREFUL.password, {
      secondFactor: () => Promise.resolve(recoveryCodes[0]!),
    });
    await page.waitForURL('**/today**');
    await signOut(page);
    // A recovery code works once.
    await expect(
      signIn(page, CAREFUL.email, CAREFUL.password, {
        secondFactor: () => Promise.resolve(recoveryCodes[0]!),
      }),
    ).rejects.toThrow(/refused/);
    await page.context().close();
  });

  it('sign out everywhere ends the session of another browser too', async () => {
    const phone = await newPage(browser, 'phone');
    const laptop = await newPage(browser, 'desktop');
    await signIn(phone, TRAVELLER.email, TRAVELLER.password);
    await signIn(laptop, TRAVELLER.email, TRAVELLER.password);
    await laptop.goto('/settings');
    await laptop.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await expectNoSeriousA11yViolations(laptop);
    await saveScreenshot(laptop, '11-settings-desktop');
    await phone.goto('/settings');
    await phone.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await saveScreenshot(phone, '11-settings-phone');

    await laptop.getByRole('button', { name: 'Sign out everywhere' }).click();
    await laptop.waitForURL('**/login?signedOut=everywhere');

    // The phone still holds its cookie, but it no longer opens anything.
    const api = await phone.request.get('/api/trpc/auth.me');
    expect(api.status()).toBe(401);
    expect(api.headers()['cache-control']).toBe('no-store');
    expect(api.headers()['set-cookie']).toBeUndefined();
    await phone.goto('/today');
    await phone.waitForURL('**/login**');
    await phone.context().close();
    await laptop.context().close();
  });
});
