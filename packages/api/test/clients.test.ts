import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { clientProfiles, users } from '@sixstep/db';
import { createHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.destroy());

const NOW = new Date('2026-03-10T12:00:00Z');
const at = () => NOW;
const MISSING = '00000000-0000-4000-8000-000000000000';

describe('clients.get', () => {
  it('shows the coach one of their own clients', async () => {
    const client = await h.as('coach').clients.get({ clientId: h.ids.client });
    expect(client).toMatchObject({
      id: h.ids.client,
      name: 'Cleo Client',
      email: 'client@test.local',
      unitPreference: 'kg',
      invite: { pending: true },
      profile: {
        sex: 'female',
        birthDate: '1990-05-01',
        heightCm: 165,
        startWeightKg: 80,
        activityLevel: 'moderate',
      },
      currentAssignmentId: null,
    });
    expect(client).not.toHaveProperty('passwordHash');
  });

  it("gives another coach's client the same NOT_FOUND as a client that does not exist", async () => {
    const foreign = await h
      .as('coach')
      .clients.get({ clientId: h.ids.otherClient })
      .catch((e: unknown) => e);
    const missing = await h
      .as('coach')
      .clients.get({ clientId: MISSING })
      .catch((e: unknown) => e);
    expect(foreign).toMatchObject({ code: 'NOT_FOUND', message: 'Client not found' });
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: 'Client not found' });
  });

  it('is for coaches only', async () => {
    await expect(h.as('client').clients.get({ clientId: h.ids.client })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(h.as('admin').clients.get({ clientId: h.ids.client })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(h.as('anonymous').clients.get({ clientId: h.ids.client })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});

describe('clients.updateProfile', () => {
  it('changes only the fields sent', async () => {
    const updated = await h.as('coach', { now: at }).clients.updateProfile({
      clientId: h.ids.client,
      startWeightKg: 78.5,
      activityLevel: 'active',
    });
    expect(updated.profile).toMatchObject({
      startWeightKg: 78.5,
      activityLevel: 'active',
      heightCm: 165,
      sex: 'female',
    });
  });

  it("refuses another coach's client with NOT_FOUND and changes nothing", async () => {
    await expect(
      h.as('coach').clients.updateProfile({ clientId: h.ids.otherClient, heightCm: 150 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const [profile] = await h.database.db
      .select()
      .from(clientProfiles)
      .where(eq(clientProfiles.userId, h.ids.otherClient));
    expect(profile!.heightCm).toBe(180);
  });

  const badInputs: Array<[string, Record<string, unknown>]> = [
    ['heightCm', { heightCm: 99 }],
    ['heightCm', { heightCm: 251 }],
    ['startWeightKg', { startWeightKg: 20 }],
    ['startWeightKg', { startWeightKg: 'heavy' }],
    ['birthDate', { birthDate: '1990-02-30' }],
    ['birthDate', { birthDate: '10/05/1990' }],
    ['birthDate', { birthDate: '2015-01-01' }],
    ['birthDate', { birthDate: '1900-01-01' }],
    ['birthDate', { birthDate: '2027-01-01' }],
    ['activityLevel', { activityLevel: 'couch' }],
    ['sex', { sex: 'other' }],
    ['clientId', { clientId: 'nope' }],
  ];
  it.each(badInputs)('names %s when it is out of bounds', async (field, patch) => {
    const attempt = h
      .as('coach', { now: at })
      .clients.updateProfile({ clientId: h.ids.client, ...patch });
    await expect(attempt).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining(field),
    });
  });
});

describe('account.updateSettings', () => {
  it('lets any signed-in user change their unit and name', async () => {
    const updated = await h
      .as('otherClient')
      .account.updateSettings({ unitPreference: 'lb', name: 'Oscar C.' });
    expect(updated).toMatchObject({
      id: h.ids.otherClient,
      unitPreference: 'lb',
      name: 'Oscar C.',
    });
    await expect(h.as('otherClient').auth.me()).resolves.toMatchObject({
      unitPreference: 'lb',
      name: 'Oscar C.',
    });
    await expect(
      h.as('otherClient').account.updateSettings({ unitPreference: 'stone' as never }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('unitPreference'),
    });
    await expect(
      h.as('anonymous').account.updateSettings({ unitPreference: 'lb' }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const [coach] = await h.database.db.select().from(users).where(eq(users.id, h.ids.coach));
    expect(coach!.unitPreference).toBe('kg');
  });
});
