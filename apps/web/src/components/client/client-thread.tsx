'use client';

import { Thread } from '@/components/messages/thread';
import { ApiProvider } from '@/trpc/client';

/** The conversation island of the client's Coach page. */
export function ClientThread({ coachName }: { coachName: string }) {
  return (
    <ApiProvider>
      <Thread otherName={coachName} headingId="thread-heading" />
    </ApiProvider>
  );
}
