import 'server-only';
import { headers } from 'next/headers';
import { createContext } from '@sixstep/api';
import { config } from './config';
import { getDatabase } from './database';
import { readSessionClaims } from './session-claims';
import { twoFactorKey } from './two-factor-key';

/** The tRPC context of one request: the database and the claims of the session cookie, if any. */
export async function createRequestContext() {
  const [{ db }, claims] = await Promise.all([
    getDatabase(),
    headers().then((h) => readSessionClaims(h)),
  ]);
  return createContext({ db, session: claims, baseUrl: config.APP_URL, twoFactorKey });
}
