import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { signInOrFail, trpcMutation } from '../../../../tooling/app-http.ts';
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

/**
 * The seeded admin's two-factor, shared by the journeys of one run through a file: the secret,
 * the recovery codes not used yet, the last TOTP step used, and one API session.
 */
interface AdminState {
  secret: string;
  recoveryCodes: string[];
  lastStep: number;
  cookie: string;
}
const stateFile = () => path.join(tmpdir(), `sixstep-e2e-${inject('runId')}-admin-2fa.json`);
const readState = (): AdminState | null =>
  existsSync(stateFile()) ? (JSON.parse(readFileSync(stateFile(), 'utf8')) as AdminState) : null;
const writeState = (state: AdminState) => writeFileSync(stateFile(), JSON.stringify(state));

/**
 * The demo data starts without two-factor and admins must use it. The first journey of a run
 * that needs the admin enrols it through the API (as the settings page does: begin, confirm
 * with a code) and keeps that session for the API calls of every journey.
 */
export async function adminApiCookie(): Promise<string> {
  const known = readState();
  if (known) return known.cookie;
  const baseUrl = inject('baseUrl');
  const cookie = await signInOrFail(baseUrl, DEMO_ADMIN.email, DEMO_ADMIN.password);
  const begun = await trpcMutation<{ secret: string }>(
    baseUrl,
    cookie,
    'account.twoFactor.begin',
    null,
  );
  const secret = begun.data!.secret;
  const confirmed = await trpcMutation<{ recoveryCodes: string[] }>(
    baseUrl,
    cookie,
    'account.twoFactor.confirm',
    { code: await generate({ secret }) },
  );
  if (!confirmed.data)
    throw new Error(
      `Admin two-factor enrolment failed: ${confirmed.errorCode ?? confirmed.status}`,
    );
  writeState({
    secret,
    recoveryCodes: confirmed.data.recoveryCodes,
    lastStep: Math.floor(Date.now() / 30_000),
    cookie,
  });
  return cookie;
}

/** A recovery code while any are left, then a TOTP code of a step not used before. */
async function nextAdminCode(): Promise<string> {
  const state = readState()!;
  const recovery = state.recoveryCodes.shift();
  if (!recovery) {
    while (Math.floor(Date.now() / 30_000) <= state.lastStep)
      await new Promise((resolve) => setTimeout(resolve, 500));
    state.lastStep = Math.floor(Date.now() / 30_000);
  }
  writeState(state);
  return recovery ?? generate({ secret: state.secret });
}

/** Signs in as the seeded admin through the real form, answering the two-factor prompt. */
export async function signInAsAdmin(page: Page): Promise<void> {
  await adminApiCookie();
  await signIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password, { secondFactor: nextAdminCode });
  await page.goto('/');
  await page.waitForURL('**/admin/**');
}
