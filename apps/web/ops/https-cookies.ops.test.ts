import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@sixstep/db';
import type { RunningServer } from '../../../tooling/production-server.ts';
import { signInOverHttp, trpcQuery } from '../../../tooling/app-http.ts';
import {
  announceSkip,
  createOpsDatabase,
  findPostgres,
  type OpsDatabase,
} from './support/postgres';
import { startOpsServer, stopAll } from './support/servers';

const postgres = await findPostgres();
if (!postgres) announceSkip('HTTPS and cookies (apps/web/ops/https-cookies.ops.test.ts)');

/** The public address a TLS-terminating proxy serves the app on; the app itself speaks plain HTTP behind it. */
const PUBLIC_URL = 'https://sixstep.example.test';
const CLIENT = 'client@sixstep.test';

const attributes = (line: string) => line.split(';').map((part) => part.trim().toLowerCase());

describe.skipIf(!postgres)('behind an HTTPS proxy: secure session cookies and HSTS', () => {
  let data: OpsDatabase;
  let https: RunningServer;
  let proxied: RunningServer;

  beforeAll(async () => {
    data = await createOpsDatabase(postgres!, 'https');
    [https, proxied] = await Promise.all([
      startOpsServer({ databaseUrl: data.url, env: { APP_URL: PUBLIC_URL, AUTH_URL: PUBLIC_URL } }),
      startOpsServer({ databaseUrl: data.url }),
    ]);
  });

  afterAll(async () => {
    await stopAll([https, proxied]);
    await data?.drop();
  });

  it('with AUTH_URL on https the session cookie is __Secure-, Secure, HttpOnly, SameSite=Lax, and it works', async () => {
    const signIn = await signInOverHttp(https.baseUrl, CLIENT, DEMO_PASSWORD);
    const session = signIn.setCookies.find((line) =>
      line.startsWith('__Secure-authjs.session-token='),
    );
    expect(session, `Set-Cookie lines: ${signIn.setCookies.join(' | ')}`).toBeDefined();
    expect(attributes(session!)).toEqual(
      expect.arrayContaining(['secure', 'httponly', 'samesite=lax', 'path=/']),
    );
    expect(signIn.setCookies.some((line) => line.startsWith('authjs.session-token='))).toBe(false);

    const me = await trpcQuery<{ email: string }>(https.baseUrl, signIn.sessionCookie!, 'auth.me');
    expect(me.data?.email).toBe(CLIENT);
  });

  it('without AUTH_URL, X-Forwarded-Proto: https from the proxy is enough for a Secure session cookie', async () => {
    const forwarded = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'sixstep.example.test' };
    const signIn = await signInOverHttp(proxied.baseUrl, CLIENT, DEMO_PASSWORD, forwarded);
    const session = signIn.setCookies.find((line) =>
      line.startsWith('__Secure-authjs.session-token='),
    );
    expect(session, `Set-Cookie lines: ${signIn.setCookies.join(' | ')}`).toBeDefined();
    expect(attributes(session!)).toEqual(
      expect.arrayContaining(['secure', 'httponly', 'samesite=lax']),
    );
    // The app reads it back on requests that come through the same proxy.
    const me = await fetch(`${proxied.baseUrl}/api/trpc/auth.me`, {
      headers: { ...forwarded, cookie: signIn.sessionCookie! },
    });
    expect(me.status).toBe(200);

    // A plain-HTTP request (no proxy header) gets a cookie without Secure: the header decides.
    const plain = await signInOverHttp(proxied.baseUrl, CLIENT, DEMO_PASSWORD);
    const plainSession = plain.setCookies.find((line) => line.startsWith('authjs.session-token='));
    expect(plainSession).toBeDefined();
    expect(attributes(plainSession!)).not.toContain('secure');
  });

  it('every production response tells browsers to keep to HTTPS (HSTS)', async () => {
    for (const pathname of ['/login', '/api/auth/csrf']) {
      const response = await fetch(`${proxied.baseUrl}${pathname}`, { redirect: 'manual' });
      expect(response.headers.get('strict-transport-security'), pathname).toMatch(/max-age=\d{7,}/);
    }
  });
});
