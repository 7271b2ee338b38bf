import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import superjson from 'superjson';
import { appRouter, createContext } from '../src/index';
import { createHarness, currentSession, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  // A real database error on a day log's insert, as a failing constraint would raise it.
  await h.database.db.execute(
    sql.raw(`create function refuse_day_log() returns trigger language plpgsql as $$
      begin raise exception 'refused by test' using errcode = '23514', constraint = 'day_logs_test_check'; end $$`),
  );
  await h.database.db.execute(
    sql.raw(
      'create trigger refuse_day_log before insert on day_logs for each row execute function refuse_day_log()',
    ),
  );
});
afterAll(() => h.destroy());

describe('database errors in the log', () => {
  it('are logged with their SQLSTATE and constraint, never the statement or its parameters', async () => {
    const lines: string[] = [];
    const log = pino(
      { level: 'info' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
    );
    const session = await currentSession(h.database.db, h.ids.client, 'client');
    const response = await fetchRequestHandler({
      endpoint: '/api/trpc',
      router: appRouter,
      req: new Request('http://localhost/api/trpc/logs.upsertDay', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(
          superjson.serialize({ date: '2026-01-05', weightKg: 81.25, note: 'private-note-text' }),
        ),
      }),
      createContext: () => createContext({ db: h.database.db, session, log }),
    });
    expect(response.status).toBe(500);
    const logged = lines.join('\n');
    expect(logged).toContain('"code":"23514"');
    expect(logged).toContain('day_logs_test_check');
    expect(logged).not.toContain('private-note-text');
    expect(logged).not.toContain('81.25');
    expect(logged).not.toMatch(/insert into|params/i);
  });
});
