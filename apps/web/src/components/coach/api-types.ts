import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@sixstep/api';

/** Names for the coach pages' data; every shape comes from the router itself. */
type Outputs = inferRouterOutputs<AppRouter>;

export type RosterEntry = Outputs['adherence']['roster'][number];
export type ClientDetail = Outputs['clients']['get'];
export type CurrentAssignment = NonNullable<Outputs['assignments']['current']>;
export type ClientAdherence = Outputs['adherence']['forClient'];
export type ClientLogs = Outputs['logs']['list'];
