'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useLiveEvents } from '@/components/messages/use-live-events';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useTRPC } from '@/trpc/client';
import { UnreadBadge } from './unread-badge';
import styles from './thread-list.module.css';

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** The coach's conversations, newest first, with unread counts; kept live by the event stream. */
export function ThreadList() {
  const trpc = useTRPC();
  const threads = useQuery(trpc.messages.threads.queryOptions(undefined, { staleTime: 0 }));
  useLiveEvents((event) => {
    if (event.type === 'ready' || event.type.startsWith('message')) void threads.refetch();
  });

  if (threads.isPending) return <LoadingState label="Loading conversations…" />;
  if (threads.isError)
    return (
      <ErrorState
        title="Conversations could not be loaded"
        message={threads.error.message}
        onRetry={() => threads.refetch()}
      />
    );
  if (threads.data.length === 0)
    return (
      <EmptyState title="No clients yet">
        <p>Each client you invite gets a conversation with you here.</p>
      </EmptyState>
    );
  return (
    <ul className={styles.list} aria-label="Conversations, newest first">
      {threads.data.map((t) => (
        <li key={t.clientId} className={`card ${styles.item}`} data-testid="thread-row">
          <Link href={`/coach/clients/${t.clientId}#messages`}>
            <span className={styles.name}>{t.name}</span>
            <span>
              <UnreadBadge count={t.unread} />
            </span>
            <p className={`muted ${styles.preview}`}>
              {t.lastMessage
                ? `${t.lastMessage.fromCoach ? 'You: ' : ''}${t.lastMessage.body} · ${dateTime.format(t.lastMessage.createdAt)}`
                : 'No messages yet'}
            </p>
          </Link>
        </li>
      ))}
    </ul>
  );
}
