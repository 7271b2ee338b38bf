'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { MESSAGE_MAX_LENGTH, messageBodySchema } from '@sixstep/api/schemas';
import { newIdempotencyKey } from '@/components/client/idempotency-key';
import { fieldControlProps, FormField } from '@/components/ui/form-field';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useTRPC, useTRPCClient } from '@/trpc/client';
import { LinkedText } from './linked-text';
import { useLiveEvents } from './use-live-events';
import styles from './thread.module.css';

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

interface ShownMessage {
  id: string;
  body: string;
  mine: boolean;
  createdAt: Date;
  readAt: Date | null;
}

/**
 * One conversation, oldest at the top: the latest page live (re-read when the event stream says
 * something changed), earlier pages on request. Opening it marks the other side's messages read.
 */
export function Thread({
  clientId,
  otherName,
  headingId,
}: {
  /** The coach names the client; the client leaves it out. */
  clientId?: string;
  otherName: string;
  headingId: string;
}) {
  const trpc = useTRPC();
  const trpcClient = useTRPCClient();
  const queryClient = useQueryClient();
  const input = clientId ? { clientId } : {};
  const latest = useQuery(trpc.messages.list.queryOptions(input, { staleTime: 0 }));
  const [older, setOlder] = useState<ShownMessage[]>([]);
  const [olderCursor, setOlderCursor] = useState<string | null | undefined>(undefined);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const conversationClientId = latest.data?.clientId;

  const live = useLiveEvents((event) => {
    if (event.type === 'ready' || event.clientId === conversationClientId) void latest.refetch();
  });

  const markRead = useMutation(
    trpc.messages.markRead.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.messages.threads.queryKey() }),
          latest.refetch(),
        ]),
    }),
  );
  // Keyed by the newest unread message: one that arrives while the thread is open is marked too.
  const newestUnread = latest.data?.messages.find((m) => !m.mine && m.readAt === null)?.id;
  const { mutate: markThreadRead } = markRead;
  useEffect(() => {
    if (newestUnread) markThreadRead(clientId ? { clientId } : {});
  }, [newestUnread, clientId, markThreadRead]);

  const shown = useMemo(() => {
    const byId = new Map<string, ShownMessage>();
    for (const m of [...older, ...(latest.data?.messages ?? [])]) byId.set(m.id, m);
    return [...byId.values()].sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1),
    );
  }, [older, latest.data]);
  const cursor = olderCursor === undefined ? latest.data?.nextCursor : olderCursor;

  const logRef = useRef<HTMLDivElement>(null);
  const newest = shown.at(-1)?.id;
  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [newest]);

  const loadOlder = async () => {
    if (!cursor) return;
    setLoadingOlder(true);
    try {
      const page = await trpcClient.messages.list.query({ ...input, before: cursor });
      setOlder((previous) => [...page.messages, ...previous]);
      setOlderCursor(page.nextCursor);
    } finally {
      setLoadingOlder(false);
    }
  };

  return (
    <div data-live={live ? 'on' : 'off'} data-testid="conversation">
      {latest.isPending ? (
        <LoadingState label="Loading messages…" />
      ) : latest.isError ? (
        <ErrorState
          title="Messages could not be loaded"
          message={latest.error.message}
          onRetry={() => latest.refetch()}
        />
      ) : (
        <>
          {cursor && (
            <p>
              <button
                type="button"
                className="secondary"
                onClick={loadOlder}
                disabled={loadingOlder}
              >
                {loadingOlder ? 'Loading…' : 'Show earlier messages'}
              </button>
            </p>
          )}
          {shown.length === 0 ? (
            <p className="muted">No messages yet. Say hello.</p>
          ) : (
            <div
              ref={logRef}
              className={styles.scroller}
              role="log"
              aria-labelledby={headingId}
              tabIndex={0}
              data-testid="thread"
            >
              <ol className={styles.log}>
                {shown.map((m) => (
                  <li
                    key={m.id}
                    className={`${styles.message} ${m.mine ? styles.mine : ''}`}
                    data-testid="message"
                  >
                    <p className={styles.body}>
                      <LinkedText text={m.body} />
                    </p>
                    <p className={`muted ${styles.meta}`}>
                      {m.mine ? 'You' : otherName} · {dateTime.format(m.createdAt)}
                      {m.mine && m.readAt && ' · Read'}
                    </p>
                  </li>
                ))}
              </ol>
            </div>
          )}
        </>
      )}
      <Composer clientId={clientId} onSent={() => latest.refetch()} recipient={otherName} />
    </div>
  );
}

function Composer({
  clientId,
  onSent,
  recipient,
}: {
  clientId?: string;
  onSent: () => void;
  recipient: string;
}) {
  const trpc = useTRPC();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  // One key per draft: a double tap or a retry of the same draft stores one message.
  const key = useRef<string | null>(null);
  const bodyId = useId();
  const send = useMutation(trpc.messages.send.mutationOptions());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = messageBodySchema.safeParse(body);
    if (!parsed.success) {
      setError(parsed.error.issues[0]!.message);
      return;
    }
    key.current ??= newIdempotencyKey();
    // The callbacks go with this call, in the event handler, where the draft's key may be read.
    send.mutate(
      { ...(clientId && { clientId }), key: key.current, body: parsed.data },
      {
        onSuccess: () => {
          key.current = null;
          setBody('');
          setError(null);
          onSent();
        },
        onError: (e) => setError(e.message),
      },
    );
  };
  return (
    <form onSubmit={submit} className={`stack ${styles.composer}`} noValidate>
      <FormField id={bodyId} label={`Message to ${recipient}`} error={error ?? undefined}>
        <textarea
          {...fieldControlProps(bodyId, error ?? undefined)}
          value={body}
          maxLength={MESSAGE_MAX_LENGTH}
          onChange={(e) => {
            setBody(e.target.value);
            key.current = null;
          }}
        />
      </FormField>
      <div>
        <button type="submit" disabled={send.isPending}>
          {send.isPending ? 'Sending…' : 'Send'}
        </button>
      </div>
    </form>
  );
}
