import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { signIn } from './browser';
import './provided';

export const DEMO_ADMIN = { email: 'admin@sixstep.test', password: 'sixstep-demo' } as const;

/**
 * Sets up two-factor on the /settings/two-factor page as a person would: reads the key shown
 * beside the QR code, makes the app's code from it, confirms, and keeps the recovery codes shown.
 */
export async function enrolTwoFactor(
  page: Page,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
  await page.getByLabel('2. Enter the 6-digit code the app shows').fill(await generate({ secret }));
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  const list = page.getByTestId('recovery-codes');
  await list.waitFor();
  const recoveryCodes = (await list.locator('code').allTextContents()).map((c) => c.trim());
  return { secret, recoveryCodes };
}

/** The demo admin's two-factor, shared by the journeys of one run through a file. */
const stateFile = () => path.join(tmpdir(), `sixstep-e2e-${inject('runId')}-admin-2fa.json`);

/**
 * Signs in as the demo admin. The demo data starts without two-factor and admins must use it,
 * so the first sign-in of a run lands on the enrolment page and enrols through the UI; later
 * ones answer the code prompt with one of the recovery codes kept then (each works once, and
 * TOTP codes cannot be reused within their 30 seconds).
 */
export async function signInAsAdmin(page: Page): Promise<void> {
  await signIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password, {
    secondFactor: async () => {
      const state = JSON.parse(readFileSync(stateFile(), 'utf8')) as { recoveryCodes: string[] };
      const code = state.recoveryCodes.shift();
      if (!code) throw new Error('The journeys used up the admin recovery codes');
      writeFileSync(stateFile(), JSON.stringify(state));
      return code;
    },
  });
  // The redirects after signing in take a moment; ask the enrolment page directly instead.
  if (!existsSync(stateFile())) {
    await page.goto('/settings/two-factor');
    const enrolled = await enrolTwoFactor(page);
    writeFileSync(stateFile(), JSON.stringify(enrolled));
  }
  await page.goto('/');
  await page.waitForURL('**/admin/**');
}
