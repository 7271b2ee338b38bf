import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@sixstep/api';

type Outputs = inferRouterOutputs<AppRouter>;

export type CheckinDetail = Outputs['checkins']['get'];
export type PhotoFacts = Outputs['photos']['list'][number];
