import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, exercises } from '@sixstep/db';
import { createHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.destroy());

const base = {
  category: 'strength' as const,
  muscles: ['lats', 'biceps'],
  equipment: ['pull-up bar'],
  instructions: 'Hang from the bar and pull until the chin clears it.',
  difficulty: 3,
};

async function create(slug: string, name: string, extra: Record<string, unknown> = {}) {
  return h.as('admin').catalog.create({ ...base, slug, name, ...extra });
}

describe('catalog writes (admin)', () => {
  it('creates an exercise, records a revision and an audit row', async () => {
    const created = await create('bench-row', 'Bench row');
    expect(created).toMatchObject({
      slug: 'bench-row',
      name: 'Bench row',
      version: 1,
      archivedAt: null,
      mediaUrl: null,
    });
    const history = await h.as('admin').catalog.history({ id: created.id });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      action: 'created',
      version: 1,
      changedBy: { id: h.ids.admin, name: 'Ada Admin' },
    });
    expect(history[0]!.changes.name).toEqual({ from: null, to: 'Bench row' });
    const audit = await h.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, created.id));
    expect(audit.map((a) => a.action)).toEqual(['exercise.created']);
  });

  it('updates with the version read and bumps it; a stale version is a CONFLICT that changes nothing', async () => {
    const created = await create('cable-row', 'Cable row');
    const updated = await h
      .as('admin')
      .catalog.update({ id: created.id, version: 1, name: 'Seated cable row', difficulty: 2 });
    expect(updated).toMatchObject({ name: 'Seated cable row', difficulty: 2, version: 2 });

    const stale = h.as('admin').catalog.update({ id: created.id, version: 1, name: 'Lost edit' });
    await expect(stale).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/changed by someone else/),
    });
    const [row] = await h.database.db.select().from(exercises).where(eq(exercises.id, created.id));
    expect(row).toMatchObject({ name: 'Seated cable row', version: 2 });

    const history = await h.as('admin').catalog.history({ id: created.id });
    expect(history.map((r) => [r.version, r.action])).toEqual([
      [2, 'updated'],
      [1, 'created'],
    ]);
    expect(history[0]!.changes).toEqual({
      name: { from: 'Cable row', to: 'Seated cable row' },
      difficulty: { from: 3, to: 2 },
    });
  });

  it('two editors with the same version: the first wins, the second gets CONFLICT', async () => {
    const created = await create('face-pull', 'Face pull');
    const results = await Promise.allSettled([
      h.as('admin').catalog.update({ id: created.id, version: 1, name: 'Face pull A' }),
      h.as('admin').catalog.update({ id: created.id, version: 1, name: 'Face pull B' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { code: 'CONFLICT' },
    });
    const [row] = await h.database.db.select().from(exercises).where(eq(exercises.id, created.id));
    expect(row!.version).toBe(2);
  });

  it('an update that changes nothing keeps the version and writes no revision', async () => {
    const created = await create('shrug', 'Shrug');
    const same = await h.as('admin').catalog.update({ id: created.id, version: 1, name: 'Shrug' });
    expect(same.version).toBe(1);
    expect(await h.as('admin').catalog.history({ id: created.id })).toHaveLength(1);
  });

  it('refuses a duplicate slug with CONFLICT naming the slug', async () => {
    await create('dup-slug', 'First');
    await expect(create('dup-slug', 'Second')).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('slug'),
    });
    const other = await create('dup-slug-2', 'Other');
    await expect(
      h.as('admin').catalog.update({ id: other.id, version: 1, slug: 'dup-slug' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('archives and restores, each a new version with a revision', async () => {
    const created = await create('superman', 'Superman hold');
    await expect(
      h.as('admin').catalog.archive({ id: created.id, version: 7 }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const archived = await h.as('admin').catalog.archive({ id: created.id, version: 1 });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    expect(archived.version).toBe(2);

    await expect(h.as('coach').catalog.get({ id: created.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const coachList = await h.as('coach').catalog.list({ search: 'superman' });
    expect(coachList.items).toHaveLength(0);
    const adminList = await h
      .as('admin')
      .catalog.list({ search: 'superman', includeArchived: true });
    expect(adminList.items.map((e) => e.id)).toEqual([created.id]);
    await expect(h.as('admin').catalog.get({ id: created.id })).resolves.toMatchObject({
      id: created.id,
    });

    const restored = await h.as('admin').catalog.restore({ id: created.id });
    expect(restored).toMatchObject({ archivedAt: null, version: 3 });
    await expect(h.as('client').catalog.get({ id: created.id })).resolves.toMatchObject({
      name: 'Superman hold',
    });
    const history = await h.as('admin').catalog.history({ id: created.id });
    expect(history.map((r) => r.action)).toEqual(['restored', 'archived', 'created']);
  });
});

describe('progression links', () => {
  it('links a ladder and shows the harder and easier rungs by name', async () => {
    const top = await create('ladder-top', 'Ladder top', { difficulty: 5 });
    const middle = await create('ladder-middle', 'Ladder middle', { progressionId: top.id });
    const bottom = await create('ladder-bottom', 'Ladder bottom');
    await h.as('admin').catalog.update({ id: bottom.id, version: 1, progressionId: middle.id });

    const view = await h.as('coach').catalog.get({ id: middle.id });
    expect(view.harder).toMatchObject({ id: top.id, name: 'Ladder top' });
    expect(view.easier).toEqual([
      expect.objectContaining({ id: bottom.id, name: 'Ladder bottom' }),
    ]);

    await expect(
      h.as('admin').catalog.update({ id: top.id, version: 1, progressionId: bottom.id }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('progressionId'),
    });
    await expect(
      h.as('admin').catalog.update({ id: top.id, version: 1, progressionId: top.id }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('progressionId'),
    });
    await expect(
      h.as('admin').catalog.update({
        id: top.id,
        version: 1,
        progressionId: '00000000-0000-4000-8000-000000000000',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('progressionId'),
    });
    const [row] = await h.database.db.select().from(exercises).where(eq(exercises.id, top.id));
    expect(row).toMatchObject({ progressionId: null, version: 1 });
  });
});

describe('catalog reads', () => {
  it('lists page by page with a cursor, filtered by category and search', async () => {
    for (const n of [1, 2, 3, 4, 5])
      await create(`page-cardio-${n}`, `Paged cardio ${n}`, { category: 'cardio' });
    const first = await h
      .as('client')
      .catalog.list({ category: 'cardio', search: 'paged', limit: 2 });
    expect(first.items.map((e) => e.name)).toEqual(['Paged cardio 1', 'Paged cardio 2']);
    const second = await h
      .as('client')
      .catalog.list({ category: 'cardio', search: 'paged', limit: 2, cursor: first.nextCursor! });
    const third = await h
      .as('client')
      .catalog.list({ category: 'cardio', search: 'paged', limit: 2, cursor: second.nextCursor! });
    expect([...second.items, ...third.items].map((e) => e.name)).toEqual([
      'Paged cardio 3',
      'Paged cardio 4',
      'Paged cardio 5',
    ]);
    expect(third.nextCursor).toBeNull();
    const strength = await h.as('client').catalog.list({ category: 'strength', search: 'paged' });
    expect(strength.items).toHaveLength(0);
  });

  it('treats search text literally (no wildcards)', async () => {
    await create('percent-test', 'Percent test');
    expect((await h.as('coach').catalog.list({ search: '%' })).items).toHaveLength(0);
    expect((await h.as('coach').catalog.list({ search: 'biceps' })).items.length).toBeGreaterThan(
      0,
    );
  });

  it('refuses a forged cursor naming the field', async () => {
    await expect(h.as('coach').catalog.list({ cursor: 'not-a-cursor' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('cursor'),
    });
  });

  it('refuses a well-formed cursor whose id is no uuid or whose name the database cannot read (found by the fuzzer)', async () => {
    const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const { id } = await create('cursor-forge', 'Cursor forge');
    for (const cursor of [forge(['a', '-'.repeat(36)]), forge(['a\u0000', id]), forge([1, id])]) {
      await expect(h.as('coach').catalog.list({ cursor })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        message: expect.stringContaining('cursor'),
      });
    }
  });
});

describe('catalog permissions', () => {
  it('non-admins cannot write, see history or ask for archived exercises', async () => {
    const created = await create('perm-check', 'Permission check');
    for (const actor of ['coach', 'client'] as const) {
      const caller = h.as(actor);
      await expect(
        caller.catalog.create({ ...base, slug: 'nope', name: 'Nope' }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        caller.catalog.update({ id: created.id, version: 1, name: 'Hacked' }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(caller.catalog.archive({ id: created.id })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(caller.catalog.restore({ id: created.id })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(caller.catalog.history({ id: created.id })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(caller.catalog.list({ includeArchived: true })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    await expect(h.as('anonymous').catalog.list({})).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    const [row] = await h.database.db.select().from(exercises).where(eq(exercises.id, created.id));
    expect(row).toMatchObject({ name: 'Permission check', version: 1 });
  });
});

describe('catalog input validation names the field', () => {
  const cases: Array<[string, Record<string, unknown>]> = [
    ['slug', { slug: 'Not Kebab' }],
    ['name', { name: 'x' }],
    ['name', { name: 'y'.repeat(81) }],
    ['category', { category: 'yoga' }],
    ['muscles', { muscles: Array.from({ length: 13 }, (_, i) => `m${i}`) }],
    ['equipment', { equipment: ['z'.repeat(41)] }],
    ['instructions', { instructions: 'w'.repeat(4001) }],
    ['mediaUrl', { mediaUrl: 'http://example.com/video.mp4' }],
    ['mediaUrl', { mediaUrl: 'javascript:alert(1)' }],
    ['difficulty', { difficulty: 6 }],
    ['difficulty', { difficulty: 2.5 }],
  ];
  it.each(cases)('%s', async (field, patch) => {
    const attempt = h
      .as('admin')
      .catalog.create({ ...base, slug: 'valid-slug', name: 'Valid', ...patch });
    await expect(attempt).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining(field),
    });
  });
  it('accepts an https media URL', async () => {
    const created = await create('with-media', 'With media', {
      mediaUrl: 'https://cdn.example.org/row.mp4',
    });
    expect(created.mediaUrl).toBe('https://cdn.example.org/row.mp4');
  });
});
