import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PhotoCompare } from '@/components/checkins/photo-compare';
import { serverApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'Compare photos' };

/** Side-by-side progress photos of one of the coach's clients. */
export default async function ComparePhotosPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const client = await (await serverApi()).clients.get({ clientId: id }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST'))
      return null;
    throw error;
  });
  if (!client) notFound();
  return (
    <>
      <p>
        <Link href={`/coach/clients/${client.id}`}>← {client.name}</Link>
      </p>
      <h1>Compare photos of {client.name}</h1>
      <PhotoCompare clientId={client.id} clientName={client.name} />
    </>
  );
}
