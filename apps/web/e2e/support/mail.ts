import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import './provided';

/** Quoted-printable as nodemailer writes long lines: soft breaks and =XX escapes. */
function decodeQuotedPrintable(body: string): string {
  return Buffer.from(
    body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}

function textOf(raw: string): string {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split);
  const body = raw.slice(split + 4);
  if (/content-transfer-encoding:\s*quoted-printable/i.test(headers))
    return decodeQuotedPrintable(body);
  if (/content-transfer-encoding:\s*base64/i.test(headers))
    return Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8');
  return body;
}

/** Mails the run's SMTP server received so far, oldest first. */
function receivedMails() {
  const folder = inject('mailDir');
  return readdirSync(folder)
    .sort()
    .map((file) => {
      const raw = readFileSync(path.join(folder, file), 'utf8');
      const to = /^X-Envelope-To: (.*)$/m.exec(raw)?.[1]?.split(',') ?? [];
      return { file, to, text: textOf(raw) };
    });
}

/** The newest link to `/<route>/<token>` in a mail to `to` that arrived after `after` mails. */
export async function waitForMailedLink(
  to: string,
  route: string,
  after = 0,
  timeoutMs = 20_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  const pattern = new RegExp(`https?://\\S+/${route}/[A-Za-z0-9_-]+`);
  for (;;) {
    const mail = receivedMails()
      .slice(after)
      .reverse()
      .find((m) => m.to.includes(to) && pattern.test(m.text));
    if (mail) return pattern.exec(mail.text)![0];
    if (Date.now() > deadline) throw new Error(`No mail to ${to} with a /${route}/ link`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** How many mails have arrived: pass it to waitForMailedLink to wait for a newer one. */
export const mailCount = () => receivedMails().length;
