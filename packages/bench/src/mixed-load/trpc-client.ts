import { queryUrl } from '../trpc-http';
import type { HttpClient } from './http';

/** A tRPC error answer: the HTTP status and the tRPC code (e.g. CONFLICT), with the server's message. */
export class TrpcCallError extends Error {
  constructor(
    readonly procedure: string,
    readonly status: number,
    readonly code: string | undefined,
    detail: string,
  ) {
    super(`${procedure}: HTTP ${status}${code ? ` ${code}` : ''} ${detail}`);
  }
}

type Envelope = {
  result?: { data?: { json?: unknown } };
  error?: { json?: { message?: string; data?: { code?: string } } };
};

function unwrap(
  procedure: string,
  status: number,
  envelope: Envelope | undefined,
  raw: string,
): unknown {
  if (envelope?.error || !envelope?.result?.data)
    throw new TrpcCallError(
      procedure,
      status,
      envelope?.error?.json?.data?.code,
      envelope?.error?.json?.message ?? raw.slice(0, 200),
    );
  return envelope.result.data.json;
}

function parse(procedure: string, status: number, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new TrpcCallError(procedure, status, undefined, `not JSON: ${text.slice(0, 200)}`);
  }
}

/**
 * tRPC over the virtual users' HTTP client, as the web app sends it: superjson envelopes, one
 * procedure per call, or several in one GET the way the browser's httpBatchLink groups the queries
 * a page starts together.
 */
export function trpcClient(http: HttpClient, baseUrl: string, cookie: string) {
  return {
    async query<T>(procedure: string, input?: unknown): Promise<T> {
      const answer = await http.send(queryUrl(baseUrl, procedure, input), { headers: { cookie } });
      return unwrap(
        procedure,
        answer.status,
        parse(procedure, answer.status, answer.text) as Envelope,
        answer.text,
      ) as T;
    },
    async mutation<T>(procedure: string, input: unknown): Promise<T> {
      const answer = await http.send(`${baseUrl}/api/trpc/${procedure}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ json: input }),
      });
      return unwrap(
        procedure,
        answer.status,
        parse(procedure, answer.status, answer.text) as Envelope,
        answer.text,
      ) as T;
    },
    /** One GET for all `calls`; any failed call fails the batch (the page would show an error state). */
    async batch(calls: Array<[procedure: string, input: unknown]>): Promise<unknown[]> {
      const names = calls.map(([p]) => p).join(',');
      const input = Object.fromEntries(calls.map(([, value], i) => [i, { json: value }]));
      const answer = await http.send(
        `${baseUrl}/api/trpc/${names}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`,
        { headers: { cookie } },
      );
      const envelopes = parse(names, answer.status, answer.text);
      if (!Array.isArray(envelopes) || envelopes.length !== calls.length)
        throw new TrpcCallError(
          names,
          answer.status,
          undefined,
          `not a batch answer: ${answer.text.slice(0, 200)}`,
        );
      return calls.map(([procedure], i) =>
        unwrap(procedure, answer.status, envelopes[i] as Envelope, answer.text),
      );
    },
  };
}

export type TrpcClient = ReturnType<typeof trpcClient>;
