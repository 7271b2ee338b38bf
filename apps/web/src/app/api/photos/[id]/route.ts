import { photoResponse } from '@sixstep/api';
import { getDatabase } from '@/server/database';
import { readSessionClaims } from '@/server/session-claims';

export const dynamic = 'force-dynamic';

/** One photo's image (?size=thumb|full), for its client and their coach only. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [{ id }, database, session] = await Promise.all([
    params,
    getDatabase(),
    readSessionClaims(request.headers),
  ]);
  return photoResponse(id, new URL(request.url).searchParams.get('size'), {
    database,
    session,
  });
}
