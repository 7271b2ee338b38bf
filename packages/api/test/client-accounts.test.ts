import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientProfiles, users } from '@sixstep/db';
import { rejection } from './rejection';
import { createHarness, type Actor, type Harness } from './harness';

let h: Harness;

/**
 * Beyond the harness's Cleo (coach Cora) and Oscar (coach Otto): names that sort the same under
 * every collation (ASCII, one capital first), two of them equal so paging must break the tie on id.
 */
const EXTRA = [
  { name: 'Alma Search', email: 'alma@list.test', coach: 'coach', status: 'active' },
  { name: 'Bea Invited', email: 'bea@list.test', coach: 'otherCoach', status: 'invited' },
  { name: 'Dora Gone', email: 'dora@list.test', coach: 'coach', status: 'deactivated' },
  { name: 'Twin Same', email: 'twin.one@list.test', coach: 'coach', status: 'active' },
  { name: 'Twin Same', email: 'twin.two@list.test', coach: 'otherCoach', status: 'active' },
] as const;

beforeAll(async () => {
  h = await createHarness();
  const { db } = h.database;
  await db.update(users).set({ passwordHash: 'x' }).where(eq(users.role, 'client'));
  for (const extra of EXTRA) {
    const [user] = await db
      .insert(users)
      .values({
        email: extra.email,
        name: extra.name,
        role: 'client',
        passwordHash: extra.status === 'invited' ? null : 'x',
        deactivatedAt: extra.status === 'deactivated' ? new Date('2026-01-02T00:00:00Z') : null,
      })
      .returning({ id: users.id });
    await db.insert(clientProfiles).values({
      userId: user!.id,
      coachId: h.ids[extra.coach],
      sex: 'female',
      birthDate: '1990-01-01',
      heightCm: 170,
      startWeightKg: 70,
    });
  }
});
afterAll(() => h.destroy());

const admin = () => h.as('admin').clients;

describe('clients.listAll', () => {
  it("lists every client account by name, whoever coaches it, with its coach's name, status and creation time", async () => {
    const page = await admin().listAll({});
    expect(page.items.map((c) => c.name)).toEqual([
      'Alma Search',
      'Bea Invited',
      'Cleo Client',
      'Dora Gone',
      'Oscar Client',
      'Twin Same',
      'Twin Same',
    ]);
    expect(page.total).toBe(7);
    expect(page.nextCursor).toBeNull();
    const byEmail = Object.fromEntries(page.items.map((c) => [c.email, c]));
    expect(byEmail['client@test.local']).toMatchObject({
      id: h.ids.client,
      coachName: 'Cora Coach',
      status: 'active',
    });
    expect(byEmail['client2@test.local']).toMatchObject({
      id: h.ids.otherClient,
      coachName: 'Otto Coach',
      status: 'active',
    });
    expect(byEmail['bea@list.test']).toMatchObject({ coachName: 'Otto Coach', status: 'invited' });
    expect(byEmail['dora@list.test']).toMatchObject({
      coachName: 'Cora Coach',
      status: 'deactivated',
    });
    expect(byEmail['alma@list.test']!.createdAt).toBeInstanceOf(Date);
    // Staff accounts are not clients.
    expect(page.items.map((c) => c.email)).not.toContain('coach@test.local');
    expect(page.items.map((c) => c.email)).not.toContain('admin@test.local');
  });

  it('searches names and e-mail addresses, case-insensitively, with LIKE wildcards taken literally', async () => {
    const byName = await admin().listAll({ search: 'twin' });
    expect(byName.items.map((c) => c.email).sort()).toEqual([
      'twin.one@list.test',
      'twin.two@list.test',
    ]);
    expect(byName.total).toBe(2);
    expect((await admin().listAll({ search: 'BEA@LIST' })).items.map((c) => c.name)).toEqual([
      'Bea Invited',
    ]);
    expect((await admin().listAll({ search: '  client2@  ' })).items.map((c) => c.name)).toEqual([
      'Oscar Client',
    ]);
    const wildcard = await admin().listAll({ search: '%' });
    expect(wildcard).toEqual({ items: [], total: 0, nextCursor: null });
    expect((await admin().listAll({ search: 'twin_one' })).items).toEqual([]);
  });

  it('pages through every client once, in order, ties on the name broken by id', async () => {
    const whole = (await admin().listAll({})).items.map((c) => c.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await admin().listAll({ limit: 2, cursor });
      expect(page.total).toBe(7);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(4);
    expect(seen).toEqual(whole);
    const twins = (await admin().listAll({ search: 'Twin' })).items.map((c) => c.id);
    expect(twins).toEqual([...twins].sort());
  });

  it('pages within a search', async () => {
    const first = await admin().listAll({ search: 'list.test', limit: 3 });
    expect(first.items.map((c) => c.name)).toEqual(['Alma Search', 'Bea Invited', 'Dora Gone']);
    expect(first.total).toBe(5);
    const second = await admin().listAll({
      search: 'list.test',
      limit: 3,
      cursor: first.nextCursor!,
    });
    expect(second.items.map((c) => c.email)).toHaveLength(2);
    expect(second.items.every((c) => c.name === 'Twin Same')).toBe(true);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses a cursor that names no client, and bad input, naming the field', async () => {
    const refused = async (input: unknown) => {
      const error = await admin()
        .listAll(input as never)
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe('BAD_REQUEST');
      return (error as TRPCError).message;
    };
    const cursorField = async (cursor: string) =>
      (await rejection(h.as('admin').clients.listAll({ cursor }))).field;
    expect(await cursorField('00000000-0000-4000-8000-000000000000')).toBe('cursor');
    // A staff account's id is no client cursor either.
    expect(await cursorField(h.ids.coach)).toBe('cursor');
    expect(await refused({ cursor: 'not-a-uuid' })).toMatch(/cursor/);
    expect(await refused({ limit: 0 })).toMatch(/limit/);
    expect(await refused({ limit: 101 })).toMatch(/limit/);
    expect(await refused({ search: 'x'.repeat(81) })).toMatch(/search/);
  });

  it('a deleted client is gone from the list', async () => {
    const [dora] = (await admin().listAll({ search: 'dora@' })).items;
    await h.as('admin').clients.delete({ clientId: dora!.id, confirmation: 'dora@list.test' });
    expect((await admin().listAll({ search: 'dora@' })).items).toEqual([]);
    expect((await admin().listAll({})).total).toBe(6);
  });

  it('is for admins only: anyone else is refused before seeing a single row', async () => {
    const outcomes: Record<string, string> = {};
    for (const actor of ['anonymous', 'client', 'otherClient', 'coach', 'otherCoach'] as Actor[]) {
      outcomes[actor] = await h
        .as(actor)
        .clients.listAll({})
        .then(
          () => 'ok',
          (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
        );
    }
    expect(outcomes).toEqual({
      anonymous: 'UNAUTHORIZED',
      client: 'FORBIDDEN',
      otherClient: 'FORBIDDEN',
      coach: 'FORBIDDEN',
      otherCoach: 'FORBIDDEN',
    });
  });
});
