import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './harness';
import { rejection } from './rejection';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.destroy());

describe('coach notes', () => {
  it('keeps a coach’s notes on their own client, newest first', async () => {
    const first = await h
      .as('coach', { now: () => new Date('2026-03-09T10:00:00Z') })
      .notes.create({ clientId: h.ids.client, body: '  Knee hurts on rows  ' });
    const second = await h
      .as('coach', { now: () => new Date('2026-03-10T10:00:00Z') })
      .notes.create({ clientId: h.ids.client, body: 'Switched to pulldowns' });
    expect(first).toMatchObject({ clientId: h.ids.client, body: 'Knee hurts on rows' });
    const notes = await h.as('coach').notes.list({ clientId: h.ids.client });
    expect(notes.map((n) => n.id)).toEqual([second.id, first.id]);
  });

  it('never shows them to clients or to other coaches', async () => {
    await expect(h.as('client').notes.list({ clientId: h.ids.client })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(h.as('otherCoach').notes.list({ clientId: h.ids.client })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Client not found',
    });
    await expect(
      h.as('otherCoach').notes.create({ clientId: h.ids.client, body: 'Hi' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const [note] = await h.as('coach').notes.list({ clientId: h.ids.client });
    await expect(h.as('otherCoach').notes.delete({ id: note!.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(h.as('client').notes.delete({ id: note!.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await h.as('coach').notes.list({ clientId: h.ids.client })).toHaveLength(2);
  });

  it('validates the body', async () => {
    expect(
      await rejection(h.as('coach').notes.create({ clientId: h.ids.client, body: '   ' })),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'body' });
    expect(
      await rejection(
        h.as('coach').notes.create({ clientId: h.ids.client, body: 'x'.repeat(5001) }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'body' });
    await expect(
      h.as('coach').notes.create({ clientId: h.ids.client, body: 'x'.repeat(5000) }),
    ).resolves.toBeTruthy();
  });

  it('deletes one of the coach’s own notes', async () => {
    const [latest] = await h.as('coach').notes.list({ clientId: h.ids.client });
    await expect(h.as('coach').notes.delete({ id: latest!.id })).resolves.toEqual({
      id: latest!.id,
    });
    await expect(h.as('coach').notes.delete({ id: latest!.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await h.as('coach').notes.list({ clientId: h.ids.client })).toHaveLength(2);
  });
});
