import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';

/**
 * The code and the field a rejected call names: the zod issue's path for input validation,
 * or the "field: message" prefix the services use for rules checked against the database.
 */
export async function rejection(
  call: Promise<unknown>,
): Promise<{ code: string; field: string | null; message: string }> {
  const error = await call.then(
    () => {
      throw new Error('Expected the call to be rejected');
    },
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw error;
  if (error.cause instanceof ZodError) {
    const issue = error.cause.issues[0]!;
    return { code: error.code, field: issue.path.join('.'), message: issue.message };
  }
  const match = /^([\w.]+): (.*)$/s.exec(error.message);
  return {
    code: error.code,
    field: match ? match[1]! : null,
    message: match ? match[2]! : error.message,
  };
}
