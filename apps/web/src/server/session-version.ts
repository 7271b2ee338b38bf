import 'server-only';
import { sessionStatus } from '@sixstep/api';
import { getDatabase } from './database';

/** The user's present session version and role, or null when the account is gone or deactivated. */
export async function currentSessionVersion(userId: string) {
  const { db } = await getDatabase();
  return sessionStatus(db, userId);
}
