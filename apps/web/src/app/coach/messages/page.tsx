import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { ThreadList } from '@/components/coach/thread-list';
import { serverQueries } from '@/trpc/server';

export const metadata: Metadata = { title: 'Messages' };

export default async function CoachMessagesPage() {
  const { queryClient, trpc } = serverQueries();
  await queryClient.prefetchQuery(trpc.messages.threads.queryOptions());
  return (
    <>
      <h1>Messages</h1>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <ThreadList />
      </HydrationBoundary>
    </>
  );
}
