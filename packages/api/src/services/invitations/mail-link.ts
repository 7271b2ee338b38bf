import type { Logger } from 'pino';
import type { Mail, Mailer } from '../../infra/mailer';

/**
 * Sends a mail carrying a one-time link. False when mail is not configured or failed: the link is
 * already saved, so the caller shows it for the person to pass on by hand instead.
 */
export async function mailLink(
  deps: { mailer: Mailer; log: Logger },
  mail: Mail,
): Promise<boolean> {
  if (!deps.mailer.enabled) return false;
  try {
    await deps.mailer.send(mail);
    return true;
  } catch (error) {
    deps.log.warn({ err: error }, 'mail with a one-time link failed');
    return false;
  }
}
