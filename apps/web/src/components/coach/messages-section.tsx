'use client';

import { Thread } from '@/components/messages/thread';

/** The conversation with this client, on the coach's client page. */
export function MessagesSection({
  clientId,
  clientName,
}: {
  clientId: string;
  clientName: string;
}) {
  return (
    <section className="card" aria-labelledby="messages-heading" id="messages">
      <h2 id="messages-heading">Messages</h2>
      <Thread clientId={clientId} otherName={clientName} headingId="messages-heading" />
    </section>
  );
}
