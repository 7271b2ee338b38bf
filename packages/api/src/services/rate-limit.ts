import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { rateLimits, type Queryable } from '@sixstep/db';

export interface RateLimit {
  /** Calls allowed per window. */
  limit: number;
  windowMs: number;
}

/**
 * Counts one call against `key` in the current fixed window and refuses it (TOO_MANY_REQUESTS)
 * past the limit. The counter is one row upserted atomically in the database, so the limit holds
 * across instances.
 */
export async function consumeRateLimit(db: Queryable, key: string, rule: RateLimit, now: Date) {
  const windowStart = new Date(now.getTime() - (now.getTime() % rule.windowMs));
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  if ((row?.count ?? 0) > rule.limit) {
    const retryAfter = Math.ceil((windowStart.getTime() + rule.windowMs - now.getTime()) / 1000);
    throw new TRPCError({
      code: 'TOO_MANY_REQUESTS',
      message: `Too many requests of this kind; try again in ${retryAfter} s`,
    });
  }
}
