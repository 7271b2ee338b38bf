import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '@sixstep/db';
import { eventStreamResponse } from '../src/services/events/event-stream';
import { createHarness, type Harness, currentSession } from './harness';
import { rejection } from './rejection';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.destroy());

let n = 0;
const key = () => `test-key-${Date.now()}-${n++}`;
const at = (iso: string) => ({ now: () => new Date(iso) });

describe('messages', () => {
  it('carries a conversation between a client and their coach, newest first', async () => {
    const hello = await h
      .as('client', at('2026-05-01T08:00:00Z'))
      .messages.send({ key: key(), body: '  Hello coach, week went well  ' });
    const answer = await h
      .as('coach', at('2026-05-01T09:00:00Z'))
      .messages.send({ clientId: h.ids.client, key: key(), body: 'Great to hear!' });
    expect(hello).toMatchObject({ body: 'Hello coach, week went well', authorId: h.ids.client });
    const seenByClient = await h.as('client').messages.list();
    expect(seenByClient.messages.map((m) => [m.id, m.mine])).toEqual([
      [answer.id, false],
      [hello.id, true],
    ]);
    const seenByCoach = await h.as('coach').messages.list({ clientId: h.ids.client });
    expect(seenByCoach.messages.map((m) => m.id)).toEqual([answer.id, hello.id]);
    expect(seenByCoach).toMatchObject({ clientId: h.ids.client, coachId: h.ids.coach });
  });

  it('refuses empty and overlong bodies, naming the field', async () => {
    expect(
      await rejection(h.as('client').messages.send({ key: key(), body: '   ' })),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'body' });
    expect(
      await rejection(h.as('client').messages.send({ key: key(), body: 'x'.repeat(4001) })),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'body' });
    const longest = await h.as('client').messages.send({ key: key(), body: 'y'.repeat(4000) });
    expect(longest.body).toHaveLength(4000);
  });

  it('stores one message for one key, however many retries arrive at once', async () => {
    const sameKey = key();
    const sent = await Promise.all(
      Array.from({ length: 8 }, () =>
        h.as('client').messages.send({ key: sameKey, body: 'Sent with a shaky connection' }),
      ),
    );
    expect(new Set(sent.map((m) => m.id)).size).toBe(1);
    const rows = await h.database.db.select().from(messages);
    expect(rows.filter((m) => m.idempotencyKey === sameKey)).toHaveLength(1);
  });

  it('refuses a key the coach already used in another conversation', async () => {
    const second = await h.as('coach').clients.invite({
      email: `second-${key()}@test.local`,
      name: 'Second Client',
      sex: 'female',
      birthDate: '1990-01-01',
      heightCm: 170,
      startWeightKg: 70,
      activityLevel: 'light',
    });
    const k = key();
    const first = await h
      .as('coach')
      .messages.send({ clientId: second.clientId, key: k, body: 'Welcome!' });
    expect(
      await h.as('coach').messages.send({ clientId: second.clientId, key: k, body: 'Welcome!' }),
    ).toMatchObject({ id: first.id });
    expect(
      await rejection(
        h.as('coach').messages.send({ clientId: h.ids.client, key: k, body: 'Welcome!' }),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'key' });
  });

  it('marks the other side’s messages read when the reader opens the thread', async () => {
    const threadsBefore = await h.as('coach').messages.threads();
    const mine = threadsBefore.find((t) => t.clientId === h.ids.client)!;
    expect(mine.unread).toBeGreaterThan(0);
    expect(mine.lastMessage).not.toBeNull();

    const marked = await h.as('coach').messages.markRead({ clientId: h.ids.client });
    expect(marked.marked).toBe(mine.unread);
    const threadsAfter = await h.as('coach').messages.threads();
    expect(threadsAfter.find((t) => t.clientId === h.ids.client)!.unread).toBe(0);

    const list = await h.as('coach').messages.list({ clientId: h.ids.client });
    for (const m of list.messages) {
      if (m.mine) continue;
      expect(m.readAt).toBeInstanceOf(Date);
    }
    // The coach's own messages stay unread until the client opens the thread.
    expect(list.messages.filter((m) => m.mine).every((m) => m.readAt === null)).toBe(true);
    await h.as('client').messages.markRead();
    const afterClient = await h.as('client').messages.list();
    expect(afterClient.messages.every((m) => m.readAt !== null)).toBe(true);
  });

  it('pages a long thread by cursor without gaps or repeats', async () => {
    const { db } = h.database;
    // 45 messages, ten of them sharing one instant.
    const sameInstant = new Date('2026-06-01T10:00:00Z');
    await db.insert(messages).values(
      Array.from({ length: 45 }, (_, i) => ({
        clientId: h.ids.otherClient,
        authorId: i % 2 ? h.ids.otherClient : h.ids.otherCoach,
        body: `paged ${i}`,
        idempotencyKey: `paged-${i}`,
        createdAt: i < 10 ? sameInstant : new Date(sameInstant.getTime() + i * 1000),
      })),
    );
    const seen: string[] = [];
    let before: string | undefined;
    let pages = 0;
    do {
      const page = await h.as('otherClient').messages.list({ before, limit: 10 });
      seen.push(...page.messages.map((m) => m.id));
      before = page.nextCursor ?? undefined;
      pages++;
    } while (before);
    const all = await h.as('otherClient').messages.list({ limit: 100 });
    expect(seen).toEqual(all.messages.map((m) => m.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBe(Math.ceil(all.messages.length / 10));
    expect(
      await rejection(h.as('client').messages.list({ before: all.messages[0]!.id })),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'before' });
  });

  it('keeps every thread between its client and their coach only', async () => {
    for (const call of [
      () => h.as('otherCoach').messages.list({ clientId: h.ids.client }),
      () => h.as('otherCoach').messages.send({ clientId: h.ids.client, key: key(), body: 'Hi' }),
      () => h.as('otherCoach').messages.markRead({ clientId: h.ids.client }),
      () => h.as('otherClient').messages.list({ clientId: h.ids.client }),
    ])
      await expect(call()).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: 'Client not found',
      });
    await expect(
      h.as('otherCoach').messages.list({ clientId: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Client not found' });
    await expect(h.as('admin').messages.list({ clientId: h.ids.client })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(h.as('client').messages.threads()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const others = await h.as('otherCoach').messages.threads();
    expect(others.map((t) => t.clientId)).toEqual([h.ids.otherClient]);
  });
});

describe('live events', () => {
  async function open(userId: string, role: 'coach' | 'client') {
    const abort = new AbortController();
    const response = await eventStreamResponse({
      database: h.database,
      session: await currentSession(h.database.db, userId, role),
      signal: abort.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const next = async (type: string): Promise<Record<string, string>> => {
      for (;;) {
        const blocks = buffer.split('\n\n');
        buffer = blocks.pop()!;
        for (const block of blocks) {
          const event = /^event: (.+)$/m.exec(block)?.[1];
          const data = /^data: (.+)$/m.exec(block)?.[1];
          if (event === type && data) return JSON.parse(data) as Record<string, string>;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += decoder.decode(value, { stream: true });
      }
    };
    return { next, close: () => abort.abort() };
  }

  it('tells the coach about the client’s new message, and nobody else', async () => {
    const coach = await open(h.ids.coach, 'coach');
    const otherCoach = await open(h.ids.otherCoach, 'coach');
    await coach.next('ready');
    await otherCoach.next('ready');
    const sent = await h.as('client').messages.send({ key: key(), body: 'Live!' });
    const event = await coach.next('message.sent');
    expect(event).toMatchObject({ messageId: sent.id, clientId: h.ids.client });
    await h.as('otherClient').messages.send({ key: key(), body: 'For the other coach only' });
    const theirs = await otherCoach.next('message.sent');
    expect(theirs.clientId).toBe(h.ids.otherClient);
    // The coach's stream never carried the other conversation: its next event is their own.
    const second = await h.as('client').messages.send({ key: key(), body: 'Again' });
    expect(await coach.next('message.sent')).toMatchObject({ messageId: second.id });
    coach.close();
    otherCoach.close();
  });

  it('refuses a stream without a session', async () => {
    const response = await eventStreamResponse({
      database: h.database,
      session: null,
      signal: new AbortController().signal,
    });
    expect(response.status).toBe(401);
  });
});
