import 'server-only';
import { createHash } from 'node:crypto';
import { config } from './config';

/** The configured key; in development a fixed one (production refuses to start without one). */
export const twoFactorKey = config.TOTP_ENCRYPTION_KEY
  ? Buffer.from(config.TOTP_ENCRYPTION_KEY, 'base64')
  : createHash('sha256').update('sixstep-development-totp-key').digest();
