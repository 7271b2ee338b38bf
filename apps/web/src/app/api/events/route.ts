import { eventStreamResponse } from '@sixstep/api';
import { getDatabase } from '@/server/database';
import { readSessionClaims } from '@/server/session-claims';

export const dynamic = 'force-dynamic';

/** Live updates for the signed-in user: server-sent events fed by PostgreSQL LISTEN/NOTIFY. */
export async function GET(request: Request) {
  const [database, session] = await Promise.all([
    getDatabase(),
    readSessionClaims(request.headers),
  ]);
  return eventStreamResponse({ database, session, signal: request.signal });
}
