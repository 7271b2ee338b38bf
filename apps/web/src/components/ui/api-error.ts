import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

/** What the forms read of a failed call: tRPC's client error and the light caller's ApiCallError both have it. */
interface ApiError {
  message: string;
  data?: { code?: string; fieldErrors?: Record<string, string> } | null;
}

// Duck-typed rather than `instanceof TRPCClientError`, so light pages need not ship the tRPC client.
// Only an answer of the API carries `data`; a request that never got one (offline, DNS, a proxy's
// HTML page) has none, and its message is the browser's ("Failed to fetch"), not for people.
function asApiError(error: unknown): ApiError | null {
  return error instanceof Error && 'data' in error && (error as ApiError).data != null
    ? (error as ApiError)
    : null;
}

/** The tRPC error code ('CONFLICT', 'NOT_FOUND', ...) or null for network and other failures. */
export function apiErrorCode(error: unknown): string | null {
  return asApiError(error)?.data?.code ?? null;
}

/** A message a person can act on, whatever failed. */
export function apiErrorMessage(error: unknown): string {
  const apiError = asApiError(error);
  if (apiError) {
    // Unexpected server failures have no message worth showing.
    if (apiError.data?.code === 'INTERNAL_SERVER_ERROR')
      return 'Something went wrong on our side. Try again in a moment.';
    return apiError.message;
  }
  return 'Could not reach the server. Check your connection and try again.';
}

/**
 * The API's per-field messages: zod failures carry data.fieldErrors { 'path.to.field': message };
 * checks in services name the field at the start of the message ("slug: already used; ...").
 */
export function apiFieldErrors(error: unknown): Record<string, string> {
  const apiError = asApiError(error);
  if (!apiError) return {};
  if (apiError.data?.fieldErrors) return apiError.data.fieldErrors;
  const fromMessage: Record<string, string> = {};
  for (const part of apiError.message.split('; ')) {
    const match = /^([\w.]+): (.+)$/.exec(part);
    if (match) fromMessage[match[1]!] = match[2]!;
  }
  return fromMessage;
}

/**
 * Puts the API's per-field messages on the form's fields; returns true when at least one landed
 * (otherwise show apiErrorMessage in the form).
 */
export function showApiFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: ReadonlyArray<Path<T>>,
): boolean {
  let shown = false;
  for (const [path, message] of Object.entries(apiFieldErrors(error))) {
    const field = fields.find((f) => f === path || path.startsWith(`${f}.`));
    if (field) {
      setError(field, { type: 'server', message });
      shown = true;
    }
  }
  return shown;
}
