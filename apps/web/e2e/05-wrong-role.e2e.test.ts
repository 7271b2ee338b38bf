import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  newPage,
  saveScreenshot,
  signIn,
} from './support/browser';
import { createClient, createCoach, SEEDED_ADMIN, signInToApi } from './support/api';

const COACH = { name: 'Cora Refused', email: 'j05.coach@sixstep.test', password: 'j05-coach-pass' };
const CLIENT = { name: 'Cal Refused', email: 'j05.client@sixstep.test', password: 'j05-client-pw' };
/** No account e-mail (every one here ends so) may appear in a refused answer. */
const ANY_ACCOUNT_EMAIL = '@sixstep.test';

/** A tRPC query over HTTP exactly as the browser's client sends it (superjson, batched). */
async function callQuery(
  request: APIRequestContext,
  path: string,
  input: unknown = undefined,
  headers: Record<string, string> = {},
) {
  const encoded = encodeURIComponent(
    JSON.stringify({
      0: { json: input ?? null, meta: input === undefined ? { values: ['undefined'] } : undefined },
    }),
  );
  const response = await request.get(`/api/trpc/${path}?batch=1&input=${encoded}`, {
    headers,
    maxRedirects: 0,
  });
  const body = (await response.json()) as Array<{
    result?: unknown;
    error?: { json: { data: { code: string } } };
  }>;
  return {
    status: response.status(),
    result: body[0]?.result,
    code: body[0]?.error?.json.data.code,
    text: JSON.stringify(body),
  };
}

async function callMutation(request: APIRequestContext, path: string, input: unknown) {
  const response = await request.post(`/api/trpc/${path}?batch=1`, {
    data: { 0: { json: input } },
    maxRedirects: 0,
  });
  const body = (await response.json()) as Array<{
    result?: unknown;
    error?: { json: { data: { code: string } } };
  }>;
  return {
    status: response.status(),
    result: body[0]?.result,
    code: body[0]?.error?.json.data.code,
  };
}

/** Opens `path` and returns where the app sent the person. */
async function visit(page: Page, path: string): Promise<string> {
  await page.goto(path);
  await page.waitForLoadState('domcontentloaded');
  return new URL(page.url()).pathname;
}

describe('journey 05: pages and procedures refuse the wrong role', () => {
  let browser: Browser;

  beforeAll(async () => {
    // The coach's address is what the admin's coach list would give away.
    const coach = await createCoach(COACH, await signInToApi(SEEDED_ADMIN));
    await createClient(coach.session, CLIENT);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a signed-out visitor opening /today is sent to sign in, and the API answers UNAUTHORIZED', async () => {
    const page = await newPage(browser, 'phone');
    expect(await visit(page, '/today')).toBe('/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/today');
    expect(await visit(page, '/admin/catalog')).toBe('/login');

    const list = await callQuery(page.request, 'clients.list');
    expect(list.status).toBe(401);
    expect(list.code).toBe('UNAUTHORIZED');
    expect(list.result).toBeUndefined();
    await page.context().close();
  });

  it('an unknown invitation link grants nothing and says so plainly', async () => {
    const page = await newPage(browser, 'phone');
    await page.goto('/invite/not-a-real-invitation-token-0123456789');
    // Refused before any form: nothing to fill in, nothing to guess with.
    await page
      .getByRole('heading', { level: 1, name: 'This invitation link cannot be used' })
      .waitFor();
    await page.getByRole('alert').filter({ hasText: 'Ask your coach' }).waitFor();
    expect(await page.getByLabel(/^Password/).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Create my account/ }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '05-invite-link-unusable-phone');
    expect(await visit(page, '/today')).toBe('/login');
    await page.context().close();
  });

  it('a client is sent away from the coach and admin areas and sees none of their data', async () => {
    const page = await newPage(browser, 'phone');
    await signIn(page, CLIENT.email, CLIENT.password);
    for (const path of ['/coach', '/admin/catalog', '/admin/coaches']) {
      expect(await visit(page, path)).toBe('/today');
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).not.toMatch(/Roster|Exercise catalog|Coach accounts/);
      expect(await page.getByRole('link', { name: 'Catalog' }).count()).toBe(0);
    }

    // The server itself refuses, without relying on the browser following redirects.
    const raw = await page.request.get('/admin/coaches', { maxRedirects: 0 });
    expect([303, 307, 308]).toContain(raw.status());
    expect(raw.headers()['location']).not.toContain('/admin');
    expect(await raw.text()).not.toContain(COACH.email);

    for (const path of ['clients.list', 'coaches.list', 'adherence.roster']) {
      const answer = await callQuery(page.request, path);
      expect(answer.status, path).toBe(answer.code === 'NOT_FOUND' ? 404 : 403);
      expect(answer.result, path).toBeUndefined();
      expect(answer.text, path).not.toContain(ANY_ACCOUNT_EMAIL);
    }
    const archived = await callQuery(page.request, 'catalog.list', { includeArchived: true });
    expect(archived.code).toBe('FORBIDDEN');
    const create = await callMutation(page.request, 'catalog.create', {
      slug: 'client-made',
      name: 'Client made',
      category: 'strength',
    });
    expect(create.code).toBe('FORBIDDEN');
    expect(create.result).toBeUndefined();
    await page.context().close();
  });

  it('a coach is sent away from the admin area, and admin procedures refuse them', async () => {
    const page = await newPage(browser, 'desktop');
    await signIn(page, COACH.email, COACH.password);
    for (const path of ['/admin/catalog', '/admin/program', '/admin/coaches']) {
      expect(await visit(page, path)).toBe('/coach');
      expect((await page.locator('main').textContent()) ?? '').not.toMatch(
        /Exercise catalog|Coach accounts|System program template/,
      );
    }
    const coaches = await callQuery(page.request, 'coaches.list');
    expect(coaches.code).toBe('FORBIDDEN');
    expect(coaches.result).toBeUndefined();
    const history = await callQuery(page.request, 'catalog.history', {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(history.code).toBe('FORBIDDEN');
    const deactivate = await callMutation(page.request, 'coaches.deactivate', {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(deactivate.code).toBe('FORBIDDEN');
    await page.context().close();
  });

  it('a forged x-middleware-subrequest header unlocks nothing', async () => {
    const baseUrl = inject('baseUrl');
    // The header Next.js once trusted to skip middleware (CVE-2025-29927), in the shapes it took.
    const forgeries = [
      'middleware',
      'src/middleware',
      'proxy',
      'src/proxy',
      'middleware:middleware:middleware:middleware:middleware',
    ];
    for (const value of forgeries) {
      const headers = { 'x-middleware-subrequest': value };
      const pageResponse = await fetch(`${baseUrl}/admin/coaches`, { headers, redirect: 'manual' });
      const body = await pageResponse.text();
      expect(body, value).not.toContain('Coach accounts');
      expect(body, value).not.toContain(COACH.email);
      if (pageResponse.status >= 300 && pageResponse.status < 400)
        expect(pageResponse.headers.get('location'), value).toContain('/login');

      const api = await fetch(
        `${baseUrl}/api/trpc/coaches.list?batch=1&input=${encodeURIComponent('{"0":{"json":null,"meta":{"values":["undefined"]}}}')}`,
        { headers },
      );
      expect(api.status, value).toBe(401);
      expect(await api.text(), value).not.toContain(COACH.email);
    }
  });
});
