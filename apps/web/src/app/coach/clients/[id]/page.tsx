import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClientWorkspace } from '@/components/coach/client-workspace';
import { serverApi, serverQueries } from '@/trpc/server';

export const metadata: Metadata = { title: 'Client' };

/** Another coach's client and a made-up id get the same answer from the API: not found. */
export default async function ClientPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { queryClient, trpc } = serverQueries();
  const [me, client] = await Promise.all([
    (await serverApi()).auth.me(),
    queryClient
      .fetchQuery(trpc.clients.get.queryOptions({ clientId: id }))
      .catch((error: unknown) => {
        if (
          error instanceof TRPCError &&
          (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST')
        )
          return null;
        throw error;
      }),
    queryClient.prefetchQuery(trpc.assignments.current.queryOptions({ clientId: id })),
  ]);
  if (!client) notFound();
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ClientWorkspace clientId={id} unit={me.unitPreference} />
    </HydrationBoundary>
  );
}
