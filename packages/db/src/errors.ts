/** SQLSTATE codes the app reacts to. */
export const PG_ERROR = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  /** A delete blocked by an ON DELETE RESTRICT reference on PostgreSQL 16+ (PGlite); 15 says foreignKeyViolation. */
  restrictViolation: '23001',
  checkViolation: '23514',
  notNullViolation: '23502',
} as const;

export interface DatabaseErrorInfo {
  code: string;
  constraint: string | undefined;
}

/**
 * The SQLSTATE and constraint of a database error, whichever engine raised it, or null for
 * anything else. Drizzle wraps the driver's error in `cause`; PGlite names the constraint
 * `constraint`, postgres.js `constraint_name`.
 */
export function databaseErrorInfo(error: unknown): DatabaseErrorInfo | null {
  for (
    let current: unknown = error;
    current && typeof current === 'object';
    current = (current as { cause?: unknown }).cause
  ) {
    const candidate = current as { code?: unknown; constraint?: string; constraint_name?: string };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code))
      return {
        code: candidate.code,
        constraint: candidate.constraint ?? candidate.constraint_name,
      };
  }
  return null;
}
