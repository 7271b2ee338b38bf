import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '@sixstep/db';
import { createHarness, type Harness } from './harness';
import { seedProgramFixture } from './program-fixture';

let h: Harness;
const MINUTE = 60_000;
const T0 = new Date('2026-03-10T09:00:00Z').getTime();
/** Each step of the story one minute after the previous, so "newest first" is checkable. */
const minute = (n: number) => () => new Date(T0 + n * MINUTE);
const profile = {
  sex: 'male',
  birthDate: '1988-08-08',
  heightCm: 178,
  startWeightKg: 90,
  activityLevel: 'moderate',
} as const;
let story: { exerciseId: string; coachId: string; clientId: string };

beforeAll(async () => {
  h = await createHarness();
  const exercise = await h
    .as('admin', { now: minute(1) })
    .catalog.create({ slug: 'plank', name: 'Plank', category: 'strength' });
  await h.as('admin', { now: minute(2) }).catalog.archive({ id: exercise.id });
  const coach = await h.as('admin', { now: minute(3) }).coaches.create({
    email: 'new.coach@example.com',
    name: 'Nina New',
  });
  await h.as('admin', { now: minute(4) }).coaches.deactivate({ id: coach.id });
  const { clientId, inviteUrl } = await h
    .as('coach', { now: minute(5) })
    .clients.invite({ ...profile, email: 'audited@example.com', name: 'Aldo Audited' });
  await h.as('anonymous', { now: minute(6) }).auth.acceptInvite({
    token: inviteUrl!.split('/').pop()!,
    name: 'Aldo Audited',
    password: 'a-long-secret-2',
  });
  await h
    .as('coach', { now: minute(7) })
    .clients.delete({ clientId, confirmation: 'audited@example.com' });
  story = { exerciseId: exercise.id, coachId: coach.id, clientId };
});
afterAll(() => h.destroy());

describe('audit.list', () => {
  it('shows admins who did what to which object and when, newest first', async () => {
    const { items, nextCursor } = await h.as('admin').audit.list({});
    expect(nextCursor).toBeNull();
    const admin = { id: h.ids.admin, name: 'Ada Admin', email: 'admin@test.local', role: 'admin' };
    const coach = { id: h.ids.coach, name: 'Cora Coach', email: 'coach@test.local', role: 'coach' };
    expect(
      items.map(({ action, entity, entityId, actor, at }) => ({
        action,
        entity,
        entityId,
        actor,
        at,
      })),
    ).toEqual([
      {
        action: 'client.deleted',
        entity: 'client',
        entityId: story.clientId,
        actor: coach,
        at: minute(7)(),
      },
      // Made by the client, whose account is gone: the row stays, its actor is unknown.
      {
        action: 'client.invite_accepted',
        entity: 'client',
        entityId: story.clientId,
        actor: null,
        at: minute(6)(),
      },
      {
        action: 'client.invited',
        entity: 'client',
        entityId: story.clientId,
        actor: coach,
        at: minute(5)(),
      },
      {
        action: 'coach.deactivated',
        entity: 'user',
        entityId: story.coachId,
        actor: admin,
        at: minute(4)(),
      },
      {
        action: 'coach.created',
        entity: 'user',
        entityId: story.coachId,
        actor: admin,
        at: minute(3)(),
      },
      {
        action: 'exercise.archived',
        entity: 'exercise',
        entityId: story.exerciseId,
        actor: admin,
        at: minute(2)(),
      },
      {
        action: 'exercise.created',
        entity: 'exercise',
        entityId: story.exerciseId,
        actor: admin,
        at: minute(1)(),
      },
    ]);
    expect(items[0]!.details).not.toHaveProperty('emailSha256');
  });

  it('filters by entity and by actor', async () => {
    const exercises = await h.as('admin').audit.list({ entity: 'exercise' });
    expect(exercises.items.map((i) => i.action)).toEqual(['exercise.archived', 'exercise.created']);
    const byCoach = await h.as('admin').audit.list({ actorId: h.ids.coach });
    expect(byCoach.items.map((i) => i.action)).toEqual(['client.deleted', 'client.invited']);
    const oneClient = await h.as('admin').audit.list({ entityId: story.clientId });
    expect(oneClient.items.map((i) => i.action)).toEqual([
      'client.deleted',
      'client.invite_accepted',
      'client.invited',
    ]);
    const both = await h.as('admin').audit.list({ entity: 'user', actorId: h.ids.coach });
    expect(both.items).toEqual([]);
  });

  it('pages with a cursor without skipping or repeating rows that share a timestamp', async () => {
    const sameMoment = new Date(T0 + 60 * MINUTE);
    await h.database.db.insert(auditLog).values(
      Array.from({ length: 5 }, (_, i) => ({
        actorId: h.ids.admin,
        action: 'test.same_time',
        entity: 'test',
        entityId: `${i}`,
        createdAt: sameMoment,
      })),
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await h.as('admin').audit.list({ limit: 2, ...(cursor && { cursor }) });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    const all = await h.as('admin').audit.list({ limit: 200 });
    expect(all.items).toHaveLength(12);
    expect(seen).toEqual(all.items.map((i) => i.id));
    expect(pages).toBe(6);
  });

  it('names the field of a bad limit or cursor', async () => {
    await expect(h.as('admin').audit.list({ limit: 201 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('limit'),
    });
    await expect(h.as('admin').audit.list({ limit: 0 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('limit'),
    });
    await expect(h.as('admin').audit.list({ cursor: 'nope' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('cursor'),
    });
    await expect(
      h.as('admin').audit.list({ cursor: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('cursor') });
    await expect(h.as('admin').audit.list({ actorId: 'x' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('actorId'),
    });
  });

  it('is for admins only', async () => {
    for (const actor of ['coach', 'otherCoach', 'client', 'otherClient'] as const)
      await expect(h.as(actor).audit.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(h.as('anonymous').audit.list({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});

describe('audited changes', () => {
  it('records assignment, catalog, program and account changes made through the API', async () => {
    const fx = await seedProgramFixture(h.database.db);
    const admin = (n: number) => h.as('admin', { now: minute(n) });
    const coach = (n: number) => h.as('coach', { now: minute(n) });

    const exercise = await admin(10).catalog.update({
      id: story.exerciseId,
      version: 2,
      name: 'Front plank',
    });
    await admin(11).catalog.restore({ id: exercise.id });
    const program = await coach(12).programs.create({
      name: 'Cora variant',
      copyFromId: fx.templateId,
    });
    await coach(13).programs.update({ id: program.id, name: 'Cora variant 2' });
    await coach(14).clients.updateProfile({ clientId: h.ids.client, heightCm: 166 });
    const invited = await coach(15).clients.invite({
      ...profile,
      email: 'pending@example.com',
      name: 'Pat Pending',
    });
    await coach(16).clients.reinvite({ clientId: invited.clientId });
    await admin(17).coaches.reactivate({ id: story.coachId });
    const assignment = await coach(18).assignments.create({
      clientId: h.ids.client,
      programId: fx.templateId,
      startDate: '2026-03-09',
      weeks: 6,
    });
    await coach(19).assignments.update({ id: assignment.id, weeks: 8 });
    await coach(20).assignments.end({ id: assignment.id, endedOn: '2026-03-10' });

    const { items } = await h.as('admin').audit.list({ limit: 200 });
    const recent = items
      .filter((i) => i.at >= minute(10)() && i.at <= minute(20)())
      .map((i) => [i.action, i.entityId]);
    expect(recent).toEqual([
      ['assignment.ended', assignment.id],
      ['assignment.updated', assignment.id],
      ['assignment.created', assignment.id],
      ['coach.reactivated', story.coachId],
      ['client.reinvited', invited.clientId],
      ['client.invited', invited.clientId],
      ['client.profile_updated', h.ids.client],
      ['program.updated', program.id],
      ['program.created', program.id],
      ['exercise.restored', story.exerciseId],
      ['exercise.updated', story.exerciseId],
    ]);
  });
});
