import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { CoachAccounts } from '@/components/admin/coach-accounts';
import { serverQueries } from '@/trpc/server';

export const metadata: Metadata = { title: 'Coaches' };

export default async function CoachesPage() {
  const { queryClient, trpc } = serverQueries();
  await queryClient.prefetchQuery(trpc.coaches.list.queryOptions());
  return (
    <>
      <h1>Coach accounts</h1>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <CoachAccounts />
      </HydrationBoundary>
    </>
  );
}
