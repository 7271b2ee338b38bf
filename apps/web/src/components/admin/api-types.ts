import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@sixstep/api';

type Outputs = inferRouterOutputs<AppRouter>;

export type ExerciseListItem = Outputs['catalog']['list']['items'][number];
export type ExerciseDetail = Outputs['catalog']['get'];
export type ExerciseRevision = Outputs['catalog']['history'][number];
export type ProgramSummary = Outputs['programs']['list'][number];
export type CoachAccount = Outputs['coaches']['list'][number];
export type AuditEntry = Outputs['audit']['list']['items'][number];
export type ClientAccount = Outputs['clients']['listAll']['items'][number];
