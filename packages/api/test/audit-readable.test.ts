import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './harness';
import { seedProgramFixture } from './program-fixture';

/**
 * A history people can read: each change recorded with its value before and after, and the page
 * naming the people, exercises and programs its ids refer to.
 */
let h: Harness;
let fx: Awaited<ReturnType<typeof seedProgramFixture>>;
const now = () => new Date('2026-03-04T10:00:00Z');
beforeAll(async () => {
  h = await createHarness();
  fx = await seedProgramFixture(h.database.db);
});
afterAll(() => h.destroy());

const latest = async (action: string) => {
  const page = await h.as('admin').audit.list({ limit: 50 });
  const entry = page.items.find((item) => item.action === action);
  expect(entry).toBeDefined();
  return { entry: entry!, names: page.names };
};

describe('readable audit entries', () => {
  it('a calorie change names the client and keeps both values', async () => {
    const coach = h.as('coach', { now });
    const created = await coach.assignments.create({
      clientId: h.ids.client,
      programId: fx.templateId,
      startDate: '2026-03-02',
      weeks: 12,
      targets: { calories: { targetKcal: 1506 } },
    });
    await coach.assignments.update({ id: created.id, targets: { calories: { targetKcal: 1450 } } });
    const { entry, names } = await latest('assignment.updated');
    expect(entry.details).toMatchObject({
      clientId: h.ids.client,
      changes: expect.arrayContaining([
        { field: 'calories.targetKcal', before: 1506, after: 1450 },
      ]),
    });
    expect(names[h.ids.client]).toBe('Cleo Client');
    expect(names[created.id]).toMatch(/for Cleo Client$/);
  });

  it('a profile change keeps each changed field before and after, and only those', async () => {
    await h.as('coach', { now }).clients.updateProfile({
      clientId: h.ids.client,
      heightCm: 170,
      name: 'Cleo C.',
      sex: 'female',
    });
    const { entry, names } = await latest('client.profile_updated');
    expect(entry.details.changes).toEqual([
      { field: 'name', before: 'Cleo Client', after: 'Cleo C.' },
      { field: 'heightCm', before: 165, after: 170 },
    ]);
    expect(names[h.ids.client]).toBe('Cleo C.');
  });

  it('an exercise edit keeps its fields before and after and the exercise is named', async () => {
    const admin = h.as('admin', { now });
    const exercise = await admin.catalog.get({ id: fx.exerciseId.row });
    await admin.catalog.update({
      id: exercise.id,
      version: exercise.version,
      name: 'One-arm dumbbell row',
      progressionId: fx.exerciseId.pulldown,
    });
    const { entry, names } = await latest('exercise.updated');
    expect(entry.details.changes).toEqual(
      expect.arrayContaining([
        { field: 'name', before: exercise.name, after: 'One-arm dumbbell row' },
        { field: 'progressionId', before: exercise.progressionId, after: fx.exerciseId.pulldown },
      ]),
    );
    expect(names[exercise.id]).toBe('One-arm dumbbell row');
    expect(names[fx.exerciseId.pulldown]).toBeDefined();
  });

  it('a settings change keeps the unit before and after', async () => {
    await h.as('client', { now }).account.updateSettings({ unitPreference: 'lb' });
    const { entry } = await latest('account.settings_updated');
    expect(entry.details.changes).toEqual([{ field: 'unitPreference', before: 'kg', after: 'lb' }]);
  });
});
