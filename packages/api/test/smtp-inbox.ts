import { SMTPServer } from 'smtp-server';
import { createMailer, type Mailer } from '../src/infra/mailer';

export interface ReceivedMail {
  to: string[];
  raw: string;
  /** The message's text, transfer encoding undone. */
  text: string;
}

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

/**
 * A real SMTP server in the test process, and a mailer (the app's own, nodemailer over SMTP)
 * pointed at it: what the app sends arrives here as a real mail.
 */
export async function startInbox(): Promise<{
  mailer: Mailer;
  mails: ReceivedMail[];
  /** Waits for a mail to `to` whose text matches, and returns it. */
  waitFor(to: string, match?: RegExp, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, text: textOf(raw) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  const mailer = createMailer(
    `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    'Sixstep <no-reply@test.local>',
  );
  return {
    mailer,
    mails,
    async waitFor(to, match = /./, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = [...mails].reverse().find((m) => m.to.includes(to) && match.test(m.text));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No mail to ${to} matching ${match}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link to `path` in a mail's text. */
export function linkIn(mail: ReceivedMail, path: string): string {
  const match = new RegExp(`https?://\\S+${path}/[A-Za-z0-9_-]+`).exec(mail.text);
  if (!match) throw new Error(`No ${path} link in: ${mail.text}`);
  return match[0];
}
