import type { Metadata } from 'next';
import { DeletedClientNotice } from '@/components/coach/deleted-client-notice';
import { InviteClientForm } from '@/components/coach/invite-client-form';
import { Roster } from '@/components/coach/roster';
import { serverApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'Clients' };

export default async function CoachHome() {
  const me = await (await serverApi()).auth.me();
  return (
    <>
      <h1>Your clients</h1>
      <DeletedClientNotice />
      <Roster />
      <InviteClientForm unit={me.unitPreference} />
    </>
  );
}
