import { rateLimited } from '../trpc';

/**
 * Per-user limits of the expensive procedures, counted in the database (they hold across
 * instances). Far above what a person clicking through the app needs.
 */

/** Each export reads someone's whole history: a few a minute per person is plenty. */
export const exportLimit = rateLimited('exports', { limit: 20, windowMs: 60_000 });

/** Rosters and adherence over long ranges are the expensive readings. */
export const expensiveReads = rateLimited('adherence', { limit: 120, windowMs: 60_000 });
