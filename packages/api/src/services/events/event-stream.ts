import type { Database } from '@sixstep/db';
import type { SessionClaims } from '../../context';
import { sessionActor } from '../accounts/session-actor';
import { subscribeToEvents } from './subscriptions';

/** A comment line this often keeps proxies from closing a quiet stream. */
export const HEARTBEAT_MS = 20_000;

/**
 * `GET /api/events`: server-sent events for the signed-in user (new message, messages read,
 * check-in submitted or reviewed), from every instance on the database through LISTEN/NOTIFY.
 * Events carry ids only; the page re-reads through the API, whose authorization decides.
 */
export async function eventStreamResponse(options: {
  database: Pick<Database, 'db' | 'listen'>;
  session: SessionClaims | null;
  signal: AbortSignal;
}): Promise<Response> {
  const actor = await sessionActor(options.database.db, options.session);
  if (!actor)
    return new Response('Sign in first', {
      status: 401,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });

  const encoder = new TextEncoder();
  let stop: (() => Promise<void>) | null = null;
  const stopOnce = async () => {
    const current = stop;
    stop = null;
    await current?.();
  };
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          // The reader has gone; the abort below cleans up.
        }
      };
      const unsubscribe = await subscribeToEvents(options.database, actor.id, (event) =>
        send(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`),
      );
      const heartbeat = setInterval(() => send(': ping\n\n'), HEARTBEAT_MS);
      stop = async () => {
        clearInterval(heartbeat);
        await unsubscribe();
      };
      // Sent once listening, so a client that re-reads on "ready" misses nothing in between.
      send('retry: 2000\nevent: ready\ndata: {}\n\n');
      if (options.signal.aborted) await stopOnce();
      options.signal.addEventListener(
        'abort',
        () => {
          void stopOnce();
          try {
            controller.close();
          } catch {
            // Already closed.
          }
        },
        { once: true },
      );
    },
    cancel: stopOnce,
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-transform: compression would hold events back until a buffer fills.
      'Cache-Control': 'no-store, no-transform',
      'X-Accel-Buffering': 'no',
    },
  });
}
