import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { ProgramTemplateEditor } from '@/components/admin/program-template-editor';
import { serverQueries } from '@/trpc/server';

export const metadata: Metadata = { title: 'Program template' };

export default async function ProgramPage() {
  const { queryClient, trpc } = serverQueries();
  await queryClient.prefetchQuery(trpc.programs.list.queryOptions());
  return (
    <>
      <h1>System program template</h1>
      <p className="muted">
        These weekly targets are where every new assignment starts. Coaches adjust them per client;
        changing them here never rewrites a program a client already has.
      </p>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <ProgramTemplateEditor />
      </HydrationBoundary>
    </>
  );
}
