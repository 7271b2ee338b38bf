import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { exercises, programs } from '@sixstep/db';
import { DEFAULT_PROGRAM_TARGETS, SYSTEM_TEMPLATE_NAME } from '@sixstep/domain';
import { createHarness, type Harness } from './harness';

let h: Harness;
let systemId: string;
let rowId: string;
beforeAll(async () => {
  h = await createHarness();
  const [row] = await h.database.db
    .insert(exercises)
    .values({ slug: 'row', name: 'Row', category: 'strength' })
    .returning();
  rowId = row!.id;
  const system = await h
    .as('admin')
    .programs.create({ name: SYSTEM_TEMPLATE_NAME, defaultExerciseIds: [rowId] });
  systemId = system.id;
});
afterAll(() => h.destroy());

describe('programs', () => {
  it('the admin creates the system template once, with the default targets', async () => {
    const [system] = await h.database.db.select().from(programs).where(eq(programs.id, systemId));
    expect(system).toMatchObject({
      isSystem: true,
      ownerId: null,
      targets: DEFAULT_PROGRAM_TARGETS,
    });
    await expect(h.as('admin').programs.create({ name: 'Second system' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('a coach copies the template into an own variant and sees system + own only', async () => {
    const copy = await h
      .as('coach')
      .programs.create({ name: 'Cora variant', copyFromId: systemId });
    expect(copy).toMatchObject({
      isSystem: false,
      ownerId: h.ids.coach,
      targets: DEFAULT_PROGRAM_TARGETS,
      defaultExerciseIds: [rowId],
    });
    const other = await h.as('otherCoach').programs.create({ name: 'Otto variant' });

    const coachList = await h.as('coach').programs.list();
    expect(coachList.map((p) => p.id)).toEqual([systemId, copy.id]);
    await expect(h.as('coach').programs.get({ id: other.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      h.as('coach').programs.get({ id: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Program not found',
    });
    await expect(
      h.as('coach').programs.create({ name: 'Steal', copyFromId: other.id }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('copyFromId'),
    });

    const adminList = await h.as('admin').programs.list();
    expect(adminList.map((p) => p.id)).toEqual(
      expect.arrayContaining([systemId, copy.id, other.id]),
    );
    const view = await h.as('coach').programs.get({ id: systemId });
    expect(view.defaultExercises).toEqual([expect.objectContaining({ id: rowId, name: 'Row' })]);
  });

  it('a coach edits only own programs; the system template only by the admin', async () => {
    const own = await h.as('coach').programs.create({ name: 'Editable' });
    const targets = { ...DEFAULT_PROGRAM_TARGETS, treats: { allowancePerWeek: 1 } };
    const updated = await h
      .as('coach')
      .programs.update({ id: own.id, version: 1, targets, description: 'Fewer treats' });
    expect(updated).toMatchObject({ version: 2, targets, description: 'Fewer treats' });
    await expect(
      h.as('coach').programs.update({ id: own.id, version: 1, name: 'Stale' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });

    await expect(
      h.as('otherCoach').programs.update({ id: own.id, name: 'Hijack' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      h.as('coach').programs.update({ id: systemId, name: 'Mine now' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      h.as('admin').programs.update({ id: own.id, name: 'Admin edit' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const system = await h
      .as('admin')
      .programs.update({ id: systemId, description: 'Edited by the admin' });
    expect(system.description).toBe('Edited by the admin');

    const [row] = await h.database.db.select().from(programs).where(eq(programs.id, own.id));
    expect(row).toMatchObject({ name: 'Editable', version: 2 });
  });

  it('clients cannot read or write programs', async () => {
    await expect(h.as('client').programs.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(h.as('client').programs.get({ id: systemId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(h.as('client').programs.create({ name: 'Nope' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('validates targets and default exercises, naming the field', async () => {
    const bad = {
      ...DEFAULT_PROGRAM_TARGETS,
      cardio: { ...DEFAULT_PROGRAM_TARGETS.cardio, minSessionsPerWeek: 9 },
    };
    await expect(
      h.as('coach').programs.create({ name: 'Bad', targets: bad }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('minSessionsPerWeek'),
    });
    await expect(
      h.as('coach').programs.create({
        name: 'Bad',
        defaultExerciseIds: [rowId, '00000000-0000-4000-8000-000000000000'],
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('defaultExerciseIds.1'),
    });
    await expect(h.as('coach').programs.create({ name: 'x' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('name'),
    });
  });
});
