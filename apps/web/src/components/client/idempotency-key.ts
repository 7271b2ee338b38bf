/**
 * A fresh key for one logging submission. The same key is sent again on a retry or a
 * double tap, so the API stores the workout once. randomUUID needs a secure context;
 * plain-HTTP pages (a phone on the LAN) fall back to getRandomValues.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
