import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@sixstep/api';

/** Names for the client pages' data; every shape comes from the router itself. */
type Outputs = inferRouterOutputs<AppRouter>;

export type DayPlan = Outputs['plan']['today'];
export type TodayPlan = NonNullable<DayPlan['plan']>;
export type LoggedWorkout = DayPlan['logged']['workouts'][number];
export type WeekPlan = Outputs['plan']['week'];
export type WeekDay = NonNullable<WeekPlan['week']>['days'][number];
