import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoSeriousA11yViolations, saveScreenshot } from './browser';

/**
 * Drives the typed-confirmation dialog that coaches and admins share: it must refuse a wrong
 * address (button disabled, Enter explains why), then delete with the right one. Call it once
 * the dialog's opening button has been clicked; returns the dialog (gone once deletion is done).
 */
export async function confirmDeletionInDialog(
  page: Page,
  client: { name: string; email: string },
  options: { wrongEmail: string; screenshot: string },
) {
  const dialog = page.getByRole('dialog', { name: `Delete ${client.name}?` });
  await dialog.waitFor();
  const confirmButton = dialog.getByRole('button', { name: 'Delete client and data' });
  const typed = dialog.getByLabel("Type the client's e-mail address to confirm");
  expect(await confirmButton.isDisabled()).toBe(true);
  // Focus starts in the field to type into, so the keyboard goes straight to confirming.
  expect(await typed.evaluate((input) => input === document.activeElement)).toBe(true);

  await typed.fill(options.wrongEmail);
  expect(await confirmButton.isDisabled()).toBe(true);
  await typed.press('Enter');
  await dialog.getByText('This is not the e-mail address of this client.').waitFor();
  expect(await typed.getAttribute('aria-invalid')).toBe('true');
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, options.screenshot);

  await typed.fill(client.email);
  expect(await confirmButton.isEnabled()).toBe(true);
  await confirmButton.click();
  return dialog;
}
