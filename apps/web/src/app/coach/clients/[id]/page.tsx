import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClientWorkspace } from '@/components/coach/client-workspace';
import { serverApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'Client' };

/** Another coach's client and a made-up id get the same answer from the API: not found. */
export default async function ClientPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const api = await serverApi();
  const [me, client] = await Promise.all([
    api.auth.me(),
    api.clients.get({ clientId: id }).catch((error: unknown) => {
      if (
        error instanceof TRPCError &&
        (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST')
      )
        return null;
      throw error;
    }),
  ]);
  if (!client) notFound();
  return <ClientWorkspace initialClient={client} unit={me.unitPreference} />;
}
