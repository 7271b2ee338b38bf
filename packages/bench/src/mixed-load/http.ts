import { Agent, request } from 'undici';

/**
 * The virtual users' HTTP client: one undici pool per origin with a connection for every user,
 * so 200 users really have 200 requests in flight (keep-alive, no pipelining, no queueing in
 * the client). Lighter than fetch, which matters when the load runs on the server's machine.
 */
export interface HttpClient {
  send(
    url: string,
    init?: { method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string },
  ): Promise<HttpAnswer>;
  /** The most requests that were waiting for an answer at the same moment. */
  peakInFlight(): number;
  close(): Promise<void>;
}

export interface HttpAnswer {
  status: number;
  text: string;
}

export function httpClient(connections: number, timeoutMs: number): HttpClient {
  const dispatcher = new Agent({
    connections,
    pipelining: 1,
    keepAliveTimeout: 60_000,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  let inFlight = 0;
  let peak = 0;
  return {
    async send(url, init = {}) {
      peak = Math.max(peak, ++inFlight);
      try {
        const answer = await request(url, {
          dispatcher,
          method: init.method ?? 'GET',
          headers: init.headers,
          body: init.body,
        });
        return { status: answer.statusCode, text: await answer.body.text() };
      } finally {
        inFlight--;
      }
    },
    peakInFlight: () => peak,
    close: () => dispatcher.close(),
  };
}
