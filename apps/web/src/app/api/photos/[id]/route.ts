import { photoResponse } from '@sixstep/api';
import { auth } from '@/auth';
import { getDatabase } from '@/server/database';

export const dynamic = 'force-dynamic';

/** One photo's image (?size=thumb|full), for its client and their coach only. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [{ id }, database, session] = await Promise.all([params, getDatabase(), auth()]);
  const claims = session?.user?.id ? { userId: session.user.id, role: session.user.role } : null;
  return photoResponse(id, new URL(request.url).searchParams.get('size'), {
    database,
    session: claims,
  });
}
