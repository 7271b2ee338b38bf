import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, messages } from '@sixstep/db';
import { eq } from 'drizzle-orm';
import { createHarness, type Harness } from './harness';
import { seedProgramFixture } from './program-fixture';
import { rejection } from './rejection';

let h: Harness;
// 2026-03-02 is a Monday: week 1 is 2–8 March, week 2 is 9–15 March, week 3 is 16–22 March.
const START = '2026-03-02';
const at = (iso: string) => ({ now: () => new Date(`${iso}T12:00:00Z`) });
const answers = { energy: 4, hunger: 2, sleep: 3, stress: 2 };

beforeAll(async () => {
  h = await createHarness();
  const fx = await seedProgramFixture(h.database.db);
  for (const [coach, client] of [
    ['coach', 'client'],
    ['otherCoach', 'otherClient'],
  ] as const)
    await h.as(coach, at('2026-03-01')).assignments.create({
      clientId: h.ids[client],
      programId: fx.templateId,
      startDate: START,
      weeks: 8,
    });
});
afterAll(() => h.destroy());

describe('the weekly rule', () => {
  it('is due on the start weekday, missed once the week has passed, listed newest first', async () => {
    const before = await h.as('client', at('2026-03-01')).checkins.weeks({ today: '2026-03-01' });
    expect(before.weeks).toEqual([]);
    const day1 = await h.as('client', at('2026-03-02')).checkins.weeks({ today: '2026-03-02' });
    expect(day1.checkinWeekday).toBe(1);
    expect(day1.thisWeek).toMatchObject({ week: 1, dueDate: '2026-03-02', status: 'due' });
    const week3 = await h.as('client', at('2026-03-16')).checkins.weeks({ today: '2026-03-16' });
    expect(week3.weeks.map((w) => [w.week, w.status])).toEqual([
      [3, 'due'],
      [2, 'missed'],
      [1, 'missed'],
    ]);
  });

  it('follows the weekday the coach sets', async () => {
    const { id } = (await h.as('coach').assignments.current({ clientId: h.ids.client }))!;
    await h.as('coach', at('2026-03-01')).assignments.update({ id, checkinWeekday: 5 });
    const monday = await h.as('client', at('2026-03-09')).checkins.weeks({ today: '2026-03-09' });
    expect(monday.thisWeek).toMatchObject({ week: 2, dueDate: '2026-03-13', status: 'upcoming' });
    const friday = await h.as('coach', at('2026-03-13')).checkins.weeks({
      clientId: h.ids.client,
      today: '2026-03-13',
    });
    expect(friday.thisWeek?.status).toBe('due');
    expect(
      await rejection(h.as('coach').assignments.update({ id, checkinWeekday: 7 })),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'checkinWeekday' });
    await h.as('coach', at('2026-03-01')).assignments.update({ id, checkinWeekday: null });
  });
});

describe('submitting, editing until reviewed, reviewing', () => {
  let checkinId: string;

  it('stores one check-in per program week; a second submit that week edits it', async () => {
    const first = await h.as('client', at('2026-03-09')).checkins.submit({
      date: '2026-03-09',
      weightKg: 79.4,
      waistCm: 88,
      hipsCm: 102,
      chestCm: 95,
      ...answers,
      win: 'Three strength sessions',
      question: 'More protein at breakfast?',
    });
    expect(first).toMatchObject({ week: 2, created: true, weightKg: 79.4, reviewedAt: null });
    const edited = await h.as('client', at('2026-03-11')).checkins.submit({
      date: '2026-03-11',
      weightKg: 79.1,
      ...answers,
      energy: 5,
    });
    expect(edited).toMatchObject({
      id: first.id,
      week: 2,
      created: false,
      energy: 5,
      waistCm: null,
    });
    const list = await h.as('client').checkins.list();
    expect(list.map((c) => c.id)).toEqual([first.id]);
    checkinId = first.id;
  });

  it('refuses dates outside the program and bad answers, naming the field', async () => {
    expect(
      await rejection(
        h.as('client', at('2026-03-09')).checkins.submit({ date: '2026-03-01', ...answers }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'date' });
    expect(
      await rejection(
        h.as('client', at('2026-03-09')).checkins.submit({ date: '2026-03-20', ...answers }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'date' });
    expect(
      await rejection(
        h
          .as('client', at('2026-03-09'))
          .checkins.submit({ date: '2026-03-09', ...answers, sleep: 6 }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'sleep' });
    expect(
      await rejection(
        h
          .as('client', at('2026-03-09'))
          .checkins.submit({ date: '2026-03-09', ...answers, waistCm: 5 }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'waistCm' });
    expect(
      await rejection(
        h.as('client', at('2026-03-09')).checkins.submit({
          date: '2026-03-09',
          ...answers,
          photoIds: ['00000000-0000-4000-8000-000000000000'],
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'photoIds' });
  });

  it('puts it in the coach’s queue, oldest first, with the week’s adherence', async () => {
    const older = await h.as('otherClient', at('2026-03-03')).checkins.submit({
      date: '2026-03-03',
      ...answers,
    });
    const queue = await h.as('coach', at('2026-03-12')).checkins.queue();
    expect(queue.map((q) => q.id)).toEqual([checkinId]);
    expect(queue[0]).toMatchObject({ week: 2, clientName: 'Cleo Client', weekAdherence: 0 });
    const theirs = await h.as('otherCoach', at('2026-03-12')).checkins.queue();
    expect(theirs.map((q) => q.id)).toEqual([older.id]);
    expect(
      (await h.as('coach').checkins.list({ clientId: h.ids.client, status: 'waiting' })).length,
    ).toBe(1);
    expect(
      (await h.as('coach').checkins.list({ clientId: h.ids.client, status: 'reviewed' })).length,
    ).toBe(0);
  });

  it('hides it from other coaches like a check-in that does not exist', async () => {
    for (const call of [
      () => h.as('otherCoach').checkins.get({ id: checkinId }),
      () => h.as('otherCoach').checkins.review({ id: checkinId, reply: 'Hi' }),
      () => h.as('otherClient').checkins.get({ id: checkinId }),
      () => h.as('otherCoach').checkins.get({ id: '00000000-0000-4000-8000-000000000000' }),
    ])
      await expect(call()).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: 'Check-in not found',
      });
    await expect(h.as('admin').checkins.get({ id: checkinId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('review closes it to edits, posts the reply to the conversation and is audited', async () => {
    const reviewed = await h
      .as('coach', at('2026-03-12'))
      .checkins.review({ id: checkinId, reply: 'Yes: eggs or yogurt at breakfast.' });
    expect(reviewed.reviewedAt).toBeInstanceOf(Date);
    const thread = await h.as('client').messages.list();
    expect(thread.messages[0]).toMatchObject({
      id: reviewed.messageId,
      body: 'Yes: eggs or yogurt at breakfast.',
      mine: false,
    });
    const seen = await h.as('client').checkins.get({ id: checkinId });
    expect(seen.reply).toBe('Yes: eggs or yogurt at breakfast.');

    expect(
      await rejection(
        h.as('client', at('2026-03-13')).checkins.submit({ date: '2026-03-13', ...answers }),
      ),
    ).toMatchObject({ code: 'CONFLICT' });
    expect(await rejection(h.as('coach').checkins.review({ id: checkinId }))).toMatchObject({
      code: 'CONFLICT',
    });
    const audit = await h.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, checkinId));
    expect(audit).toMatchObject([{ action: 'checkin.reviewed', actorId: h.ids.coach }]);
    const replies = await h.database.db
      .select()
      .from(messages)
      .where(eq(messages.id, reviewed.messageId!));
    expect(replies).toHaveLength(1);
    expect((await h.as('coach', at('2026-03-12')).checkins.queue()).length).toBe(0);
    const weeks = await h.as('client', at('2026-03-13')).checkins.weeks({ today: '2026-03-13' });
    expect(weeks.weeks.map((w) => [w.week, w.status])).toEqual([
      [2, 'reviewed'],
      [1, 'missed'],
    ]);
  });

  it('reviews without a reply too, posting nothing', async () => {
    const next = await h
      .as('client', at('2026-03-16'))
      .checkins.submit({ date: '2026-03-16', ...answers });
    const before = (await h.as('client').messages.list()).messages.length;
    const reviewed = await h.as('coach', at('2026-03-17')).checkins.review({ id: next.id });
    expect(reviewed.messageId).toBeNull();
    expect((await h.as('client').messages.list()).messages.length).toBe(before);
  });
});
