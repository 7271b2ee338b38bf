import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@sixstep/db';
import type { RunningServer } from '../../../tooling/production-server.ts';
import {
  queryUrl,
  signInOrFail,
  signInOverHttp,
  trpcMutation,
  trpcQuery,
} from '../../../tooling/app-http.ts';
import {
  announceSkip,
  createOpsDatabase,
  findPostgres,
  type OpsDatabase,
} from './support/postgres';
import { startOpsServer, stopAll } from './support/servers';

const postgres = await findPostgres();
if (!postgres) announceSkip('abuse limits (apps/web/ops/abuse-limits.ops.test.ts)');

const CLIENT = 'client@sixstep.test';
const OWNER = 'coach@sixstep.test';

/**
 * Sends a chunked body (no Content-Length) 64 kB at a time, up to `total` bytes, and stops as
 * soon as the server answers. Returns the answer's status and how much had been sent by then.
 */
function sendChunked(url: string, cookie: string, total: number) {
  return new Promise<{ status: number; sent: number }>((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request(url, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    });
    req.on('response', (res) => {
      answered = true;
      res.resume();
      resolve({ status: res.statusCode ?? 0, sent });
    });
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      if (answered) return;
      if (sent >= total) return void req.end();
      sent += chunk.length;
      req.write(chunk, () => setTimeout(pump, 20));
    };
    req.write('{"json":{"note":"');
    pump();
  });
}

describe.skipIf(!postgres)('abuse limits of a production server', () => {
  let data: OpsDatabase;
  let server: RunningServer;
  let cookie: string;

  beforeAll(async () => {
    data = await createOpsDatabase(postgres!, 'abuse');
    // Behind one trusted proxy: the client's address is the last X-Forwarded-For entry.
    server = await startOpsServer({ databaseUrl: data.url, env: { TRUSTED_PROXY_COUNT: '1' } });
    cookie = await signInOrFail(server.baseUrl, CLIENT, DEMO_PASSWORD);
  });

  afterAll(async () => {
    await stopAll([server]);
    await data?.drop();
  });

  it('takes a batch of 10 calls and refuses the 11th call of a batch, by GET and by POST', async () => {
    const batch = (n: number) => Array.from({ length: n }, () => 'auth.me').join(',');
    const input = (n: number) =>
      encodeURIComponent(
        JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [i, {}]))),
      );
    const get = (n: number) =>
      fetch(`${server.baseUrl}/api/trpc/${batch(n)}?batch=1&input=${input(n)}`, {
        headers: { cookie },
      });
    expect((await get(10)).status).toBe(200);
    expect((await get(11)).status).toBe(400);
    expect((await get(200)).status).toBe(400);
    const post = await fetch(`${server.baseUrl}/api/trpc/${batch(11)}?batch=1`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify(
        Object.fromEntries(Array.from({ length: 11 }, (_, i) => [i, { json: null }])),
      ),
    });
    expect(post.status).toBe(400);
  });

  it('refuses a 1 MB chunked body before reading it in full', async () => {
    const total = 1024 * 1024;
    const { status, sent } = await sendChunked(
      `${server.baseUrl}/api/trpc/logs.upsertDay`,
      cookie,
      total,
    );
    expect(status).toBe(413);
    expect(sent).toBeLessThan(total);
    // The same on a route that is not the API's.
    const other = await sendChunked(`${server.baseUrl}/api/auth/callback/credentials`, '', total);
    expect(other.status).toBe(413);
    expect(other.sent).toBeLessThan(total);
  });

  it('answers the API with Cache-Control: no-store and never re-issues the cookie', async () => {
    const me = await fetch(queryUrl(server.baseUrl, 'auth.me'), { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(me.headers.get('cache-control')).toBe('no-store');
    expect(me.headers.getSetCookie()).toEqual([]);
    const refused = await fetch(queryUrl(server.baseUrl, 'auth.me'));
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it("an attacker's 20 wrong passwords from one address do not stop the owner signing in from another", async () => {
    const attacker = { 'x-forwarded-for': '203.0.113.9' };
    for (let i = 0; i < 20; i++) {
      const attempt = await signInOverHttp(server.baseUrl, OWNER, `guess-${i}-wrong`, attacker);
      expect(attempt.sessionCookie).toBeNull();
    }
    expect(
      (await signInOverHttp(server.baseUrl, OWNER, DEMO_PASSWORD, attacker)).sessionCookie,
    ).toBeNull();
    // A forged entry further left is not believed: only the proxy's own is.
    const forged = { 'x-forwarded-for': '198.51.100.7, 203.0.113.9' };
    expect(
      (await signInOverHttp(server.baseUrl, OWNER, DEMO_PASSWORD, forged)).sessionCookie,
    ).toBeNull();
    const owner = { 'x-forwarded-for': '198.51.100.7' };
    expect(
      (await signInOverHttp(server.baseUrl, OWNER, DEMO_PASSWORD, owner)).sessionCookie,
    ).not.toBeNull();
  });

  it('a session cookie taken before "sign out everywhere" answers 401 on the next call', async () => {
    const stolen = await signInOrFail(server.baseUrl, CLIENT, DEMO_PASSWORD);
    const mine = await signInOrFail(server.baseUrl, CLIENT, DEMO_PASSWORD);
    expect((await trpcQuery(server.baseUrl, stolen, 'auth.me')).status).toBe(200);
    expect(
      (await trpcMutation(server.baseUrl, mine, 'account.signOutEverywhere', null)).status,
    ).toBe(200);
    const after = await trpcQuery(server.baseUrl, stolen, 'auth.me');
    expect(after.status).toBe(401);
    expect(after.errorCode).toBe('UNAUTHORIZED');
    // Pages refuse it too.
    const page = await fetch(`${server.baseUrl}/today`, {
      headers: { cookie: stolen },
      redirect: 'manual',
    });
    expect([303, 307, 308]).toContain(page.status);
    expect(page.headers.get('location')).toContain('/login');
  });
});
