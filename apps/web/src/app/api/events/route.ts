import { eventStreamResponse } from '@sixstep/api';
import { auth } from '@/auth';
import { getDatabase } from '@/server/database';

export const dynamic = 'force-dynamic';

/** Live updates for the signed-in user: server-sent events fed by PostgreSQL LISTEN/NOTIFY. */
export async function GET(request: Request) {
  const [database, session] = await Promise.all([getDatabase(), auth()]);
  const claims = session?.user?.id ? { userId: session.user.id, role: session.user.role } : null;
  return eventStreamResponse({ database, session: claims, signal: request.signal });
}
