import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CheckinDetails } from '@/components/checkins/checkin-details';
import { ReviewForm } from '@/components/checkins/review-form';
import { LinkedText } from '@/components/messages/linked-text';
import { serverApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'Check-in' };

const nothingOfYours = (error: unknown) => {
  if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST'))
    return null;
  throw error;
};

/** One check-in to read and review; another coach's client's is "not found", like a made-up id. */
export default async function CheckinReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const api = await serverApi();
  const [me, checkin] = await Promise.all([
    api.auth.me(),
    api.checkins.get({ id }).catch(nothingOfYours),
  ]);
  if (!checkin) notFound();
  const client = await api.clients.get({ clientId: checkin.clientId });
  return (
    <>
      <p>
        <Link href="/coach/check-ins">← Check-ins to review</Link>
      </p>
      <h1>Check-in of {client.name}</h1>
      <section className="card" aria-labelledby="checkin-title">
        <h2 id="checkin-title">What {client.name} sent</h2>
        <CheckinDetails checkin={checkin} unit={me.unitPreference} />
        <p>
          <Link href={`/coach/clients/${client.id}/photos`}>Compare progress photos</Link> ·{' '}
          <Link href={`/coach/clients/${client.id}`}>Client page</Link>
        </p>
      </section>
      <section className="card" aria-labelledby="review-title">
        <h2 id="review-title">Review</h2>
        {checkin.reviewedAt ? (
          <>
            <p className="notice" role="status">
              Reviewed.
            </p>
            {checkin.reply && (
              <blockquote>
                <LinkedText text={checkin.reply} />
              </blockquote>
            )}
          </>
        ) : (
          <ReviewForm checkinId={checkin.id} clientName={client.name} />
        )}
      </section>
    </>
  );
}
