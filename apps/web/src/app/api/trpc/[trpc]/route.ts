import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '@sixstep/api';
import { createRequestContext } from '@/server/trpc-context';

// Requests bigger than this are refused before parsing: no log entry needs more.
const MAX_BODY_BYTES = 256 * 1024;

function handler(req: Request) {
  // The fetch adapter has no body limit of its own (maxBodySize is for the Node adapter).
  if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY_BYTES)
    return Response.json({ error: { message: 'Request body too large' } }, { status: 413 });
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: () => createRequestContext(),
  });
}

export { handler as GET, handler as POST };
