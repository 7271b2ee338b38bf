import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import './provided';

const screenshotDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../screenshots');

/** Debian's chromium (CHROMIUM_PATH overrides), headless, without background chatter. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const viewports = {
  phone: {
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  },
  desktop: {
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    isMobile: false,
    hasTouch: false,
  },
} as const;

/** A page in its own context (own cookies) whose relative URLs resolve against the server under test. */
export async function newPage(browser: Browser, device: 'phone' | 'desktop'): Promise<Page> {
  const context = await browser.newContext({
    ...viewports[device],
    baseURL: inject('baseUrl'),
    locale: 'en-US',
  });
  context.setDefaultTimeout(20_000);
  context.setDefaultNavigationTimeout(45_000);
  return context.newPage();
}

// Generous: the first sign-in on a fresh server also warms it up, and password hashing is slow on purpose.
const SIGN_IN_TIMEOUT = 60_000;

/** Fills and sends the real sign-in form; returns the locator of its refusal message. */
async function submitSignIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return page.locator('form [role="alert"]');
}

export interface SignInOptions {
  /** Gives the two-factor code (TOTP or recovery) when the form asks for one. */
  secondFactor?: () => Promise<string>;
}

/**
 * Signs in through the real form and waits until the app has moved on from /login; when the
 * account uses two-factor, enters the password again with the code `secondFactor` gives.
 */
export async function signIn(
  page: Page,
  email: string,
  password: string,
  { secondFactor }: SignInOptions = {},
): Promise<void> {
  const refused = await submitSignIn(page, email, password);
  const codeField = page.getByLabel('Two-factor code');
  const timeout = SIGN_IN_TIMEOUT;
  const outcome = await Promise.race([
    page.waitForURL((url) => url.pathname !== '/login', { timeout }).then(() => 'in' as const),
    codeField.waitFor({ timeout }).then(() => 'code' as const),
    refused.waitFor({ timeout }).then(() => 'refused' as const),
  ]);
  if (outcome === 'refused')
    throw new Error(`Sign-in as ${email} was refused: ${(await refused.textContent()) ?? ''}`);
  if (outcome === 'in') return;
  if (!secondFactor) throw new Error(`Sign-in as ${email} asks for a two-factor code`);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await codeField.fill(await secondFactor());
  await page.getByRole('button', { name: 'Sign in' }).click();
  await Promise.race([
    page.waitForURL((url) => url.pathname !== '/login', { timeout }),
    refused.waitFor({ timeout }).then(async () => {
      throw new Error(
        `Two-factor sign-in as ${email} was refused: ${(await refused.textContent()) ?? ''}`,
      );
    }),
  ]);
}

/** Tries the account's password on the real form, in a fresh phone page: it must be refused. */
export async function expectSignInRefused(
  browser: Browser,
  email: string,
  password: string,
): Promise<void> {
  const page = await newPage(browser, 'phone');
  const refused = await submitSignIn(page, email, password);
  await refused.waitFor({ timeout: SIGN_IN_TIMEOUT });
  expect(new URL(page.url()).pathname).toBe('/login');
  await page.context().close();
}

/** Runs axe on the page as it is now; fails listing every serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  if (serious.length === 0) return;
  const report = serious
    .map(
      (v) =>
        `- [${v.impact ?? 'unrated'}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} :: ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`).join('\n')}`,
    )
    .join('\n');
  throw new Error(`Accessibility violations on ${page.url()}:\n${report}`);
}

/** A full-page PNG in apps/web/e2e/screenshots/<name>.png, to look at after the run. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
