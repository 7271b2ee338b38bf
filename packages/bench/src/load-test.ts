import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { summarize } from './stats';

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors, timeouts and non-2xx answers. */
  errors: number;
  /** Requests still open when the run stopped (about one per connection): not errors, but a run that
   * answered nothing shows up here. */
  inFlight: number;
}

export interface LoadTarget {
  url: string;
  method: 'GET' | 'POST';
  /** Headers of the n-th request (a session cookie, or the floor's client id), spread over many clients. */
  headersFor: (n: number) => Record<string, string>;
  /** Body of the n-th request, made fresh for each (new idempotency key). */
  bodyFor?: (n: number) => string;
}

/** One autocannon run; latencies are collected per response so p95 is exact (autocannon reports p97.5, not p95). */
export async function runLoad(
  target: LoadTarget,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let sent = 0;
  const options: autocannon.Options = {
    url: target.url,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: target.method,
        setupRequest: (request) => {
          const n = sent++;
          return {
            ...request,
            headers: {
              ...request.headers,
              'content-type': 'application/json',
              ...target.headersFor(n),
            },
            ...(target.bodyFor ? { body: target.bodyFor(n) } : {}),
          };
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
  const timing = latencies.length ? summarize(latencies) : { median: NaN, p95: NaN };
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    connections,
    seconds,
    requests: result.requests.total,
    rps: result.requests.total / seconds,
    p50: timing.median,
    p95: timing.p95,
    p99: sorted[Math.max(0, Math.ceil(0.99 * sorted.length) - 1)] ?? NaN,
    errors: result.errors + result.timeouts + result.non2xx,
    inFlight: Math.max(0, result.requests.sent - result.requests.total),
  };
}

/** A cardio workout with a fresh idempotency key, in the tRPC superjson envelope. */
export const workoutBody = (today: string) => () =>
  JSON.stringify({
    json: { key: randomUUID(), date: today, kind: 'cardio', minutes: 30, activity: 'rowing' },
  });
