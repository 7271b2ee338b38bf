import { request } from 'node:http';

export interface HeldRequest {
  /** Resolves once the server has read the headers and taken the request in (HTTP 100 Continue). */
  accepted: Promise<void>;
  /** Sends the rest of the body; the server can answer only after this. */
  finish(): void;
  /** The answer, or an error if the connection was cut. */
  response: Promise<{ status: number; body: string }>;
}

/**
 * A tRPC mutation the server has started on but cannot finish until the test says so: the
 * headers go out with `Expect: 100-continue`, half the body follows once the server has taken
 * the request, and the other half only on finish(). Each on its own new connection.
 */
export function holdMutation(
  baseUrl: string,
  cookie: string,
  procedure: string,
  input: unknown,
): HeldRequest {
  const body = Buffer.from(JSON.stringify({ json: input }));
  const half = Math.floor(body.length / 2);
  const req = request(`${baseUrl}/api/trpc/${procedure}`, {
    method: 'POST',
    agent: false,
    headers: {
      cookie,
      'content-type': 'application/json',
      'content-length': body.length,
      expect: '100-continue',
    },
  });
  const accepted = new Promise<void>((resolve) =>
    req.once('continue', () => {
      req.write(body.subarray(0, half));
      resolve();
    }),
  );
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.once('error', reject);
    req.once('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.once('error', reject);
    });
  });
  // Keep an unhandled rejection from surfacing before the test awaits it.
  response.catch(() => {});
  req.flushHeaders();
  return { accepted, finish: () => req.end(body.subarray(half)), response };
}

/** Whether a brand-new connection to the server is answered or refused. */
export function probeNewConnection(baseUrl: string): Promise<'answered' | 'refused'> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}/login`, { agent: false }, (res) => {
      res.resume();
      resolve('answered');
    });
    req.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') resolve('refused');
      else reject(error);
    });
    req.end();
  });
}
