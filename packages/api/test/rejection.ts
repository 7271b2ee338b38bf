import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { FieldProblem } from '../src/errors';

/**
 * The code and the field a rejected call names: the zod issue's path for input validation, or
 * the FieldProblem a service attached (both become `data.fieldErrors` over HTTP).
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
  if (error.cause instanceof FieldProblem)
    return { code: error.code, field: error.cause.field, message: error.cause.message };
  return { code: error.code, field: null, message: error.message };
}
