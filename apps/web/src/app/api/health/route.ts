import { logger } from '@sixstep/api';
import { getDatabase } from '@/server/database';

export const dynamic = 'force-dynamic';

/**
 * For load balancers: 200 when this instance can reach its database, 503 otherwise. Says nothing
 * about why; the reason goes to the server log only.
 */
export async function GET() {
  try {
    const { db } = await getDatabase();
    await db.execute('select 1');
    return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    logger.error({ err: error }, 'health check: database unreachable');
    return Response.json(
      { status: 'unavailable' },
      { status: 503, headers: { 'Cache-Control': 'no-store' } },
    );
  }
}
