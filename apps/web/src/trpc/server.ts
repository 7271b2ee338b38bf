import 'server-only';
import { QueryClient } from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { cache } from 'react';
import { appRouter, createCallerFactory } from '@sixstep/api';
import { createRequestContext } from '@/server/trpc-context';

const createCaller = createCallerFactory(appRouter);
const requestContext = cache(createRequestContext);

/** Server components call procedures directly, with the same authorization as over HTTP. */
export const serverApi = cache(async () => createCaller(await requestContext()));

/**
 * A fresh query cache and the procedures' query options run in process, to prefetch on the server:
 * the page passes `dehydrate(queryClient)` to a HydrationBoundary, so client islands start with
 * the data instead of fetching it after the page has loaded (and shifting the layout).
 */
export function serverQueries() {
  const queryClient = new QueryClient();
  return {
    queryClient,
    trpc: createTRPCOptionsProxy({ router: appRouter, ctx: requestContext, queryClient }),
  };
}
