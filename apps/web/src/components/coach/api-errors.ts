import { TRPCClientError } from '@trpc/client';
import type { AppRouter } from '@sixstep/api';

/** The API's per-field messages ({ 'path.to.field': message }), empty when the error carries none. */
export function apiFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof TRPCClientError)) return {};
  return (error as TRPCClientError<AppRouter>).data?.fieldErrors ?? {};
}

export function isNotFound(error: unknown): boolean {
  return (
    error instanceof TRPCClientError &&
    (error as TRPCClientError<AppRouter>).data?.code === 'NOT_FOUND'
  );
}
