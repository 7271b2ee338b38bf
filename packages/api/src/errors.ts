import { TRPCError } from '@trpc/server';

type ErrorCode = ConstructorParameters<typeof TRPCError>[0]['code'];

/**
 * What is wrong with one field of the input, found by a service (against the database or a
 * domain rule). The error formatter reports it in `data.fieldErrors` exactly as a zod failure,
 * so the web reads field errors one way whoever found them.
 */
export class FieldProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'FieldProblem';
  }
}

/** An error about `field` (a dotted input path), with the code that fits (default BAD_REQUEST). */
export function fieldError(field: string, message: string, code: ErrorCode = 'BAD_REQUEST') {
  return new TRPCError({
    code,
    message: `${field}: ${message}`,
    cause: new FieldProblem(field, message),
  });
}

/** BAD_REQUEST about one field. */
export const badInput = (field: string, message: string): TRPCError => fieldError(field, message);

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
