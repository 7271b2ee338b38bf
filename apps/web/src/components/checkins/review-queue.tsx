'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { formatDay } from '@/components/client/format';
import { useLiveEvents } from '@/components/messages/use-live-events';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useTRPC } from '@/trpc/client';

const pct = (score: number | null) => (score === null ? '–' : `${Math.round(score * 100)}%`);

/** Check-ins waiting for the coach, oldest first, each beside the client's adherence that week. */
export function ReviewQueue() {
  const trpc = useTRPC();
  const queue = useQuery(trpc.checkins.queue.queryOptions(undefined, { staleTime: 0 }));
  useLiveEvents((event) => {
    if (event.type === 'ready' || event.type.startsWith('checkin')) void queue.refetch();
  });
  if (queue.isPending) return <LoadingState label="Loading check-ins…" />;
  if (queue.isError)
    return (
      <ErrorState
        title="Check-ins could not be loaded"
        message={queue.error.message}
        onRetry={() => queue.refetch()}
      />
    );
  if (queue.data.length === 0)
    return (
      <EmptyState title="Nothing to review">
        <p>New check-ins appear here as your clients send them.</p>
      </EmptyState>
    );
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Check-ins to review">
      <table>
        <caption className="sr-only">Check-ins to review, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Client</th>
            <th scope="col">Week</th>
            <th scope="col">Sent</th>
            <th scope="col">Adherence that week</th>
            <th scope="col">Photos</th>
            <th scope="col">Question</th>
          </tr>
        </thead>
        <tbody>
          {queue.data.map((item) => (
            <tr key={item.id} data-testid="queue-row">
              <th scope="row">
                <Link href={`/coach/check-ins/${item.id}`}>{item.clientName}</Link>
              </th>
              <td>{item.week}</td>
              <td>{formatDay(item.date)}</td>
              <td>{pct(item.weekAdherence)}</td>
              <td>{item.photoCount}</td>
              <td>{item.question ?? <span className="muted">–</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
