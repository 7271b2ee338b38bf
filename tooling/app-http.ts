/**
 * A client of the running app over plain HTTP, as a browser would use it: next-auth's
 * Credentials endpoints for signing in, and tRPC with the superjson envelope (`{"json": input}`).
 * Shared by the operations tests (apps/web/ops) and the benchmarks (packages/bench).
 */

export interface SignInResult {
  /** `name=value` of the session cookie, or null when the sign-in was refused. */
  sessionCookie: string | null;
  /** Every Set-Cookie line of the callback response, attributes included. */
  setCookies: string[];
  status: number;
}

const firstPair = (line: string) => line.split(';')[0]!;

/** One sign-in attempt through the CSRF token and the Credentials callback. */
export async function signInOverHttp(
  baseUrl: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
  /** More form fields, e.g. `code` for an account with two-factor sign-in. */
  fields: Record<string, string> = {},
): Promise<SignInResult> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      ...headers,
      'content-type': 'application/x-www-form-urlencoded',
      cookie: csrf.headers.getSetCookie().map(firstPair).join('; '),
    },
    body: new URLSearchParams({
      csrfToken,
      email,
      password,
      callbackUrl: `${baseUrl}/`,
      ...fields,
    }),
  });
  const setCookies = callback.headers.getSetCookie();
  const session = setCookies
    .map(firstPair)
    .find((pair) => /^(__Secure-)?authjs\.session-token=./.test(pair));
  return { sessionCookie: session ?? null, setCookies, status: callback.status };
}

export async function signInOrFail(
  baseUrl: string,
  email: string,
  password: string,
): Promise<string> {
  const result = await signInOverHttp(baseUrl, email, password);
  if (!result.sessionCookie)
    throw new Error(`sign-in as ${email} on ${baseUrl} was refused (HTTP ${result.status})`);
  return result.sessionCookie;
}

export interface TrpcAnswer<T = unknown> {
  status: number;
  /** The procedure's result on success. */
  data?: T;
  /** The tRPC error code (e.g. UNAUTHORIZED) otherwise. */
  errorCode?: string;
  /** The error's message, when there is one. */
  errorMessage?: string;
}

async function answer<T>(response: Response): Promise<TrpcAnswer<T>> {
  const body = (await response.json()) as {
    result?: { data: { json: T } };
    error?: { json: { message?: string; data?: { code?: string } } };
  };
  return {
    status: response.status,
    data: body.result?.data.json,
    errorCode: body.error?.json.data?.code,
    errorMessage: body.error?.json.message,
  };
}

export function queryUrl(baseUrl: string, procedure: string, input?: unknown): string {
  const query =
    input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return `${baseUrl}/api/trpc/${procedure}${query}`;
}

export async function trpcQuery<T>(
  baseUrl: string,
  cookie: string,
  procedure: string,
  input?: unknown,
): Promise<TrpcAnswer<T>> {
  return answer<T>(await fetch(queryUrl(baseUrl, procedure, input), { headers: { cookie } }));
}

export async function trpcMutation<T>(
  baseUrl: string,
  cookie: string,
  procedure: string,
  input: unknown,
  signal?: AbortSignal,
): Promise<TrpcAnswer<T>> {
  const response = await fetch(`${baseUrl}/api/trpc/${procedure}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ json: input }),
    signal,
  });
  return answer<T>(response);
}
