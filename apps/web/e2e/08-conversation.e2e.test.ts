import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  newPage,
  saveScreenshot,
  signIn,
} from './support/browser';
import { SEEDED_CLIENT, SEEDED_COACH } from './support/api';

describe('journey 08: client and coach talk, live', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('carries a message each way without a reload, links as links, unread on the roster', async () => {
    const client = await newPage(browser, 'phone');
    await signIn(client, SEEDED_CLIENT.email, SEEDED_CLIENT.password);
    await client.goto('/my-coach');
    await client.getByRole('heading', { level: 1, name: 'Your coach' }).waitFor();
    await expectNoSeriousA11yViolations(client);

    const coach = await newPage(browser, 'desktop');
    await signIn(coach, SEEDED_COACH.email, SEEDED_COACH.password);
    await coach.goto('/coach/messages');
    await coach.getByRole('heading', { level: 1, name: 'Messages' }).waitFor();
    const row = coach.getByTestId('thread-row').filter({ hasText: SEEDED_CLIENT.name });
    await row.waitFor();
    await expectNoSeriousA11yViolations(coach);
    await row.getByRole('link').click();
    const coachThread = coach.getByRole('region', { name: 'Messages' });
    await coachThread.getByRole('button', { name: 'Send' }).waitFor();
    // The coach's page is listening (its event stream said "ready") before the client writes.
    await coachThread.locator('[data-testid="conversation"][data-live="on"]').waitFor();
    await client.locator('[data-testid="conversation"][data-live="on"]').waitFor();

    const text = `Rows felt heavy today, see https://example.org/rows?x=1 <b>bold?</b> ${Date.now()}`;
    await client.getByLabel(/^Message to/).fill(text);
    const sentAt = Date.now();
    await client.getByRole('button', { name: 'Send' }).click();
    // The coach's open thread shows it through the event stream, without a reload.
    await coachThread.getByText(text.slice(-13)).waitFor({ timeout: 3_000 });
    console.log(`e2e: message reached the coach's open thread after ${Date.now() - sentAt} ms`);
    const link = coachThread.getByRole('link', { name: 'https://example.org/rows?x=1' });
    expect(await link.getAttribute('href')).toBe('https://example.org/rows?x=1');
    // Markup in a message is text, never HTML.
    expect(await coachThread.locator('b').count()).toBe(0);
    await coachThread.getByText('<b>bold?</b>', { exact: false }).waitFor();
    await expectNoSeriousA11yViolations(coach);
    await saveScreenshot(coach, '08-coach-thread-desktop');

    await coachThread
      .getByLabel(/^Message to/)
      .fill('Good work. Drop the load a little next time.');
    await coachThread.getByRole('button', { name: 'Send' }).click();
    await client.getByText('Drop the load a little next time.').waitFor({ timeout: 3_000 });
    await saveScreenshot(client, '08-client-thread-phone');

    // Opened by the coach, the client's message shows as read to the client.
    await client.getByText('· Read').first().waitFor();

    // A message the coach has not opened yet is counted on the roster.
    await coach.goto('/coach');
    const rosterRow = coach.getByTestId('roster-row').filter({ hasText: SEEDED_CLIENT.email });
    await rosterRow.waitFor();
    await client.getByLabel(/^Message to/).fill('One more thing: can I train on Sunday?');
    await client.getByRole('button', { name: 'Send' }).click();
    await client.getByText('One more thing: can I train on Sunday?').waitFor();
    await coach.reload();
    await rosterRow.getByTestId('unread-badge').waitFor();
    expect(await rosterRow.getByTestId('unread-badge').textContent()).toMatch(/^\d+ unread$/);
    await client.context().close();
    await coach.context().close();
  });
});
