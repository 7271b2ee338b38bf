import type { Metadata } from 'next';
import { ClientThread } from '@/components/client/client-thread';
import { serverApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'Coach' };

/** The client's conversation with their coach. */
export default async function MyCoachPage() {
  const { coachName } = await (await serverApi()).messages.list({ limit: 1 });
  return (
    <>
      <h1>Your coach</h1>
      <section className="card" aria-labelledby="thread-heading">
        <h2 id="thread-heading">Messages with {coachName}</h2>
        <ClientThread coachName={coachName} />
      </section>
    </>
  );
}
