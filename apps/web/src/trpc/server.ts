import 'server-only';
import { cache } from 'react';
import { appRouter, createCallerFactory } from '@sixstep/api';
import { createRequestContext } from '@/server/trpc-context';

const createCaller = createCallerFactory(appRouter);

/** Server components call procedures directly, with the same authorization as over HTTP. */
export const serverApi = cache(async () => createCaller(await createRequestContext()));
