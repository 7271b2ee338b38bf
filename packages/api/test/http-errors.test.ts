import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import superjson from 'superjson';
import { appRouter, createContext } from '../src';
import { createHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.destroy());

/** A real HTTP round trip through the tRPC fetch adapter, as the web app makes it. */
async function post(path: string, input: unknown, userId: string) {
  const response = await fetchRequestHandler({
    endpoint: '/api/trpc',
    router: appRouter,
    req: new Request(`http://localhost/api/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(superjson.serialize(input)),
    }),
    createContext: () =>
      createContext({
        db: h.database.db,
        session: { userId, role: 'admin', sessionVersion: 1, authTime: Date.now() },
      }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      error: { json: { message: string; data: Record<string, unknown> } };
    },
  };
}

describe('bad input over HTTP', () => {
  it('answers 400 with a message and field errors that name the field', async () => {
    const { status, body } = await post(
      'catalog.create',
      { slug: 'Bad Slug', name: 'Ok name', category: 'strength', difficulty: 9 },
      h.ids.admin,
    );
    expect(status).toBe(400);
    expect(body.error.json.message).toContain('slug: Slug must be lower-case');
    expect(body.error.json.message).toContain('difficulty');
    expect(body.error.json.data.fieldErrors).toMatchObject({
      slug: expect.any(String),
      difficulty: expect.any(String),
    });
  });

  it('answers a service-side field error in the same shape', async () => {
    const { status, body } = await post(
      'catalog.create',
      {
        slug: 'orphan',
        name: 'Orphan',
        category: 'strength',
        progressionId: '00000000-0000-4000-8000-000000000000',
      },
      h.ids.admin,
    );
    expect(status).toBe(400);
    expect(body.error.json.message).toMatch(/^progressionId: /);
  });
});
