import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@sixstep/db';
import { randomAuthSecret, type RunningServer } from '../../../tooling/production-server.ts';
import { signInOrFail, trpcMutation, trpcQuery } from '../../../tooling/app-http.ts';
import {
  announceSkip,
  createOpsDatabase,
  findPostgres,
  type OpsDatabase,
} from './support/postgres';
import { exitOf, startOpsServer, stopAll } from './support/servers';

const postgres = await findPostgres();
if (!postgres)
  announceSkip('live messages across instances (apps/web/ops/live-messages.ops.test.ts)');

const COACH = 'coach@sixstep.test';
const CLIENT = 'client@sixstep.test';
const LIVE_WITHIN_MS = 3_000;

/** Reads server-sent events from a streaming response, one `{type, data}` at a time. */
function eventReader(response: Response) {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    async next(): Promise<{ type: string; data: Record<string, string> }> {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const type = /^event: (.+)$/m.exec(block)?.[1];
          const data = /^data: (.+)$/m.exec(block)?.[1];
          if (type && data) return { type, data: JSON.parse(data) as Record<string, string> };
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('the event stream ended');
        buffer += decoder.decode(value, { stream: true });
      }
    },
    cancel: () => reader.cancel(),
  };
}

describe.skipIf(!postgres)('live messages across two instances on one PostgreSQL', () => {
  let data: OpsDatabase;
  let a: RunningServer;
  let b: RunningServer;

  beforeAll(async () => {
    data = await createOpsDatabase(postgres!, 'live');
    const authSecret = randomAuthSecret();
    [a, b] = await Promise.all([
      startOpsServer({ databaseUrl: data.url, authSecret }),
      startOpsServer({ databaseUrl: data.url, authSecret }),
    ]);
  });

  afterAll(async () => {
    await stopAll([a, b]);
    await data?.drop();
  });

  it('a message the client sends on B reaches the coach’s event stream on A within 3 s', async () => {
    const coach = await signInOrFail(a.baseUrl, COACH, DEMO_PASSWORD);
    const client = await signInOrFail(b.baseUrl, CLIENT, DEMO_PASSWORD);
    const abort = new AbortController();
    const stream = await fetch(`${a.baseUrl}/api/events`, {
      headers: { cookie: coach, accept: 'text/event-stream' },
      signal: abort.signal,
    });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const events = eventReader(stream);
    expect((await events.next()).type).toBe('ready');

    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const sent = await trpcMutation<{ id: string }>(b.baseUrl, client, 'messages.send', {
        key: `ops-live-${Date.now()}-${i}`,
        body: `Message ${i} from instance B`,
      });
      expect(sent.status).toBe(200);
      const event = await Promise.race([
        (async () => {
          for (;;) {
            const next = await events.next();
            if (next.type === 'message.sent' && next.data.messageId === sent.data!.id) return next;
          }
        })(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('no event within 3 s')), LIVE_WITHIN_MS),
        ),
      ]);
      delays.push(performance.now() - started);
      expect(event.data.clientId).toBeDefined();
    }
    console.log(
      `ops: send on B → event on A: ${delays.map((d) => `${Math.round(d)} ms`).join(', ')} (send request included)`,
    );
    expect(Math.max(...delays)).toBeLessThan(LIVE_WITHIN_MS);

    // The coach reads it on A through the API.
    const thread = await trpcQuery<{ messages: Array<{ body: string }> }>(
      a.baseUrl,
      coach,
      'messages.list',
      { clientId: (await trpcQuery<{ id: string }>(b.baseUrl, client, 'auth.me')).data!.id },
    );
    expect(thread.data!.messages[0]!.body).toBe('Message 4 from instance B');
    await events.cancel().catch(() => undefined);
    abort.abort();
  });

  it('refuses the stream without a session', async () => {
    expect((await fetch(`${a.baseUrl}/api/events`)).status).toBe(401);
  });

  it('an open stream does not hold up a stop: it is cut at once and the instance exits 0', async () => {
    const client = await signInOrFail(b.baseUrl, CLIENT, DEMO_PASSWORD);
    const stream = await fetch(`${b.baseUrl}/api/events`, { headers: { cookie: client } });
    const events = eventReader(stream);
    expect((await events.next()).type).toBe('ready');
    const started = performance.now();
    const exited = exitOf(b.child);
    b.child.kill('SIGTERM');
    await expect(events.next()).rejects.toThrow();
    expect(await exited).toEqual({ code: 0, signal: null });
    const took = performance.now() - started;
    console.log(`ops: SIGTERM with an event stream open: exit 0 after ${Math.round(took)} ms`);
    expect(took).toBeLessThan(10_000);
  });
});
