import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  newPage,
  saveScreenshot,
  signIn,
} from './support/browser';
// The seeded client's weeks 1-7 are checked in (7 waiting) and week 8 is due.
import { SEEDED_CLIENT, SEEDED_COACH } from './support/api';

const REPLY = 'Great week. The back photos show it: keep the rows slow.';

/** A JPEG made by the browser's own canvas: a drawn shape, like a photo from the phone's library. */
async function drawnJpeg(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 1200;
    canvas.height = 1600;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#dfe6ef';
    g.fillRect(0, 0, 1200, 1600);
    g.fillStyle = '#c79f7b';
    g.beginPath();
    g.ellipse(600, 800, 260, 520, 0, 0, Math.PI * 2);
    g.fill();
    return canvas.toDataURL('image/jpeg', 0.85);
  });
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

describe('journey 09: the weekly check-in, from the client’s phone to the coach’s reply', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('client checks in with a photo, coach reviews from the queue, compares photos and replies', async () => {
    const client = await newPage(browser, 'phone');
    await signIn(client, SEEDED_CLIENT.email, SEEDED_CLIENT.password);
    await client.goto('/today');
    await client
      .getByTestId('checkin-due')
      .getByRole('link', { name: /check-in/ })
      .click();
    await client.getByRole('heading', { level: 1, name: 'Weekly check-in' }).waitFor();
    await expectNoSeriousA11yViolations(client);

    await client.getByLabel('Body weight (kg)').fill('76.4');
    await client.getByLabel('Waist (cm)').fill('82.5');
    await client.getByLabel('Hips (cm)').fill('101');
    await client.getByLabel('Chest (cm)').fill('93');
    for (const [scale, value] of [
      ['Energy', 4],
      ['Hunger', 2],
      ['Sleep', 4],
      ['Stress', 2],
    ] as const)
      await client.getByLabel(`${scale} ${value} of 5`).check({ force: true });
    await client.getByLabel('A win this week').fill('Three strength sessions and two rows');
    await client.getByLabel('A question for your coach').fill('Should I add weight to the rows?');
    await client.getByLabel('Back photo').setInputFiles({
      name: 'back.jpg',
      mimeType: 'image/jpeg',
      buffer: await drawnJpeg(client),
    });
    await client.getByRole('img', { name: 'Your back photo' }).waitFor();
    // A file that is not a photo is refused with a message, and nothing replaces the back photo.
    await client.getByLabel('Front photo').setInputFiles({
      name: 'notes.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('not really a photo\n'.repeat(50)),
    });
    await client.getByText('This file is not a JPEG, PNG or WebP photo').waitFor();
    await saveScreenshot(client, '09-client-checkin-form-phone');
    await client.getByRole('button', { name: 'Send check-in' }).click();
    await client.getByText('Sent to your coach.').waitFor();

    const coach = await newPage(browser, 'desktop');
    await signIn(coach, SEEDED_COACH.email, SEEDED_COACH.password);
    await coach.goto('/coach/check-ins');
    await coach.getByRole('heading', { level: 1, name: 'Check-ins to review' }).waitFor();
    const rows = coach.getByTestId('queue-row').filter({ hasText: SEEDED_CLIENT.name });
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(2);
    // Oldest first: the seeded week 7 before this week's.
    expect(await rows.nth(0).locator('td').first().textContent()).toBe('7');
    expect(await rows.nth(1).locator('td').first().textContent()).toBe('8');
    await expectNoSeriousA11yViolations(coach);
    await saveScreenshot(coach, '09-coach-queue-desktop');

    await rows.nth(1).getByRole('link', { name: SEEDED_CLIENT.name }).click();
    await coach
      .getByRole('heading', { level: 1, name: `Check-in of ${SEEDED_CLIENT.name}` })
      .waitFor();
    await coach.getByText('Should I add weight to the rows?').waitFor();
    await coach.getByText('82.5 cm').waitFor();
    await expectNoSeriousA11yViolations(coach);
    const reviewUrl = coach.url();

    await coach.getByRole('link', { name: 'Compare progress photos' }).click();
    await coach.getByRole('heading', { level: 1, name: /Compare photos/ }).waitFor();
    const pair = coach.getByTestId('photo-pair').getByRole('img');
    await expect.poll(() => pair.count(), { timeout: 20_000 }).toBe(2);
    await expect
      .poll(
        () =>
          pair.evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0)),
        { timeout: 20_000 },
      )
      .toBe(true);
    await expectNoSeriousA11yViolations(coach);
    await saveScreenshot(coach, '09-coach-photo-compare-desktop');

    await coach.goto(reviewUrl);
    await coach.getByLabel(/^Reply to/).fill(REPLY);
    await coach.getByRole('button', { name: 'Mark reviewed' }).click();
    await coach.getByText('Reviewed.', { exact: true }).waitFor();

    await client.goto('/check-in');
    await client.getByTestId('coach-reply').getByText(REPLY).waitFor();
    await client.goto('/my-coach');
    await client.getByRole('log').getByText(REPLY).waitFor();
    await saveScreenshot(client, '09-client-reads-reply-phone');

    await client.goto('/progress');
    await client.getByRole('heading', { name: 'Waist, hips and chest' }).waitFor();
    await expectNoSeriousA11yViolations(client);
    await coach.goto('/coach/messages');
    await coach.getByTestId('thread-row').first().waitFor();
    await client.context().close();
    await coach.context().close();
  });
});
