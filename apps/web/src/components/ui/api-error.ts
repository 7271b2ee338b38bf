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

/**
 * The API's per-field messages, keyed by dotted input path ({ 'targets.exercises.0.sets': … }):
 * zod failures and the services' own field checks carry them alike in data.fieldErrors. The one
 * reader of field errors in the web app.
 */
export function apiFieldErrors(error: unknown): Record<string, string> {
  return asApiError(error)?.data?.fieldErrors ?? {};
}

/**
 * A message a person can act on, whatever failed: the field messages themselves when the error
 * is about fields (never their input paths), else the API's message.
 */
export function apiErrorMessage(error: unknown): string {
  const apiError = asApiError(error);
  if (!apiError) return 'Could not reach the server. Check your connection and try again.';
  // Unexpected server failures have no message worth showing.
  if (apiError.data?.code === 'INTERNAL_SERVER_ERROR')
    return 'Something went wrong on our side. Try again in a moment.';
  const fieldMessages = Object.values(apiFieldErrors(error));
  return fieldMessages.length ? fieldMessages.join(' ') : apiError.message;
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

/**
 * Puts each of the API's field messages on the form field `toField` maps its path to; what no
 * field shows (or a failure about no field) goes to the form's root error, in words.
 */
export function setApiErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  toField: (apiPath: string) => Path<T> | null,
): void {
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(apiFieldErrors(error))) {
    const field = toField(path);
    if (field) setError(field, { type: 'server', message });
    else unplaced.push(message);
  }
  if (unplaced.length) setError('root', { type: 'server', message: unplaced.join(' ') });
  else if (Object.keys(apiFieldErrors(error)).length === 0)
    setError('root', { type: 'server', message: apiErrorMessage(error) });
}
