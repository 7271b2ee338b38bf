import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.destroy());

describe('auth.me', () => {
  it('names the signed-in user and role', async () => {
    await expect(h.as('coach').auth.me()).resolves.toMatchObject({
      id: h.ids.coach,
      role: 'coach',
      email: 'coach@test.local',
    });
  });
  it('refuses anonymous callers', async () => {
    await expect(h.as('anonymous').auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
  it('refuses a session whose role is not the one in the database (a role change ends sessions)', async () => {
    await expect(h.asUser(h.ids.client, 'admin').auth.me()).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});
