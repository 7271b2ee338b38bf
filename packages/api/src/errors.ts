import { TRPCError } from '@trpc/server';

/** BAD_REQUEST in the same "field: message" shape the zod error formatter uses. */
export function badInput(field: string, message: string): TRPCError {
  return new TRPCError({ code: 'BAD_REQUEST', message: `${field}: ${message}` });
}

export function notFound(what: string): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: `${what} not found` });
}

/**
 * True when a database error is a unique violation (of `constraint`, when given).
 * Drizzle wraps the driver error; PGlite names the constraint `constraint`, postgres.js `constraint_name`.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const cause = (error as { cause?: unknown })?.cause ?? error;
  const driverError = cause as { code?: string; constraint?: string; constraint_name?: string };
  if (driverError?.code !== '23505') return false;
  return !constraint || (driverError.constraint ?? driverError.constraint_name) === constraint;
}
