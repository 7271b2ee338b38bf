import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '@sixstep/api';
import { withLimitedBody } from '@/server/limited-body';
import { createRequestContext } from '@/server/trpc-context';
import { MAX_BATCH_SIZE } from '@/trpc/limits';

// Requests bigger than this are refused while they stream in: no call needs more.
const MAX_BODY_BYTES = 256 * 1024;

async function handler(incoming: Request) {
  const req = await withLimitedBody(incoming, MAX_BODY_BYTES);
  if (req instanceof Response) return req;
  const response = await fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: () => createRequestContext(),
  });
  // Answers are personal: never stored by a browser or proxy; and they never carry a cookie.
  const headers = new Headers(response.headers);
  headers.set('Cache-Control', 'no-store');
  headers.delete('set-cookie');
  return new Response(response.body, { status: response.status, headers });
}

export { handler as GET, handler as POST };
