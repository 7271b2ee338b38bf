import 'server-only';
import { createContext } from '@sixstep/api';
import { auth } from '@/auth';
import { config } from './config';
import { getDatabase } from './database';

/** The tRPC context of one request: the database and the claims of the session cookie, if any. */
export async function createRequestContext() {
  const [{ db }, session] = await Promise.all([getDatabase(), auth()]);
  const claims = session?.user?.id ? { userId: session.user.id, role: session.user.role } : null;
  return createContext({ db, session: claims, baseUrl: config.APP_URL });
}
