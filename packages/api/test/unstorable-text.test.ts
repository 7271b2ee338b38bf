import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '@sixstep/db';
import { createHarness, type Harness } from './harness';
import { rejection } from './rejection';

/** Found by the fuzzer: a NUL character in any text reached PostgreSQL, which refused it (500). */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.destroy());

describe('text the database cannot store', () => {
  it('is refused as a bad request naming the field, and nothing is written', async () => {
    expect(
      await rejection(h.as('client').account.updateSettings({ name: 'Cleo\u0000' })),
    ).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'name',
      message: expect.stringContaining('NUL'),
    });
    const [user] = await h.database.db
      .select({ name: users.name })
      .from(users)
      .where(eq(users.id, h.ids.client));
    expect(user!.name).toBe('Cleo Client');
  });

  it('is found at any depth, in writes and in searches alike', async () => {
    expect(
      await rejection(
        h.as('admin').catalog.create({
          slug: 'odd-text',
          name: 'Odd text',
          category: 'cardio',
          muscles: ['legs', 'core\u0000'],
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'muscles.1' });
    expect(await rejection(h.as('coach').clients.list({ search: '\u0000' }))).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'search',
    });
    expect(
      await rejection(h.as('client').logs.upsertDay({ date: '2026-03-01', note: 'a\u0000b' })),
    ).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'note',
    });
  });

  it('includes lone surrogates, which would be stored as a different text', async () => {
    expect(
      await rejection(
        h.as('coach').notes.create({ clientId: h.ids.client, body: 'half an emoji \uD83D' }),
      ),
    ).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'body',
      message: expect.stringContaining('lone surrogates'),
    });
  });

  it('leaves real Unicode alone: emoji, right-to-left and zero-width characters are kept as sent', async () => {
    const body = 'Great week 💪🏽 \u202Bمرحبا\u202C zero\u200Bwidth';
    const note = await h.as('coach').notes.create({ clientId: h.ids.client, body });
    expect(note.body).toBe(body);
  });
});
