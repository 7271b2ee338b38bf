import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { DeletedClientNotice } from '@/components/coach/deleted-client-notice';
import { InviteClientForm } from '@/components/coach/invite-client-form';
import { Roster } from '@/components/coach/roster';
import { serverApi, serverQueries } from '@/trpc/server';

export const metadata: Metadata = { title: 'Clients' };

export default async function CoachHome() {
  const { queryClient, trpc } = serverQueries();
  // The roster arrives with the page: fetched in the browser, it pushed the invite form down as it appeared.
  const [me] = await Promise.all([
    (await serverApi()).auth.me(),
    queryClient.prefetchQuery(trpc.adherence.roster.queryOptions()),
  ]);
  return (
    <>
      <h1>Your clients</h1>
      <DeletedClientNotice />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <Roster />
      </HydrationBoundary>
      <InviteClientForm unit={me.unitPreference} />
    </>
  );
}
