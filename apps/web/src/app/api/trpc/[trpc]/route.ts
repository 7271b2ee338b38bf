import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '@sixstep/api';
import { createRequestContext } from '@/server/trpc-context';

// Requests bigger than this are refused before parsing: no log entry needs more.
const MAX_BODY_BYTES = 256 * 1024;

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    maxBodySize: MAX_BODY_BYTES,
    createContext: () => createRequestContext(),
  });
}

export { handler as GET, handler as POST };
