import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { addDays, eachDay } from '@sixstep/domain';
import { auditLog } from '@sixstep/db';
import { createHarness, type Harness } from './harness';
import { seedProgramFixture } from './program-fixture';
import { rejection } from './rejection';

/**
 * Target adjustments take effect from a date and never rescore the days before it; the coach's
 * client page lists them and the audit row carries each field's before and after values.
 */
let h: Harness;
let fx: Awaited<ReturnType<typeof seedProgramFixture>>;
const TODAY = '2026-03-18';
const START = '2026-03-02';
let clock = new Date(`${TODAY}T12:00:00Z`);
const coach = () => h.as('coach', { now: () => clock });
const client = () => h.as('client', { now: () => clock });
let assignmentId: string;

beforeAll(async () => {
  h = await createHarness();
  fx = await seedProgramFixture(h.database.db);
  const created = await coach().assignments.create({
    clientId: h.ids.client,
    programId: fx.templateId,
    startDate: START,
    weeks: 8,
    targets: { calories: { targetKcal: 1600 } },
  });
  assignmentId = created.id;
  // 1,500 kcal on every day so far: within [1,300, 1,600], over a 1,450 target.
  for (const date of eachDay(START, addDays(TODAY, -1)))
    await client().logs.upsertDay({ date, calories: 1500 });
});
afterAll(() => h.destroy());

describe('target adjustments', () => {
  it('take effect from today by default and leave past weeks and windows as they were', async () => {
    const before = await coach().adherence.forClient({ clientId: h.ids.client });
    const rosterBefore = await coach().adherence.roster();
    expect(before.weeks[0]!.scores.calories).toBe(1);

    const updated = await coach().assignments.update({
      id: assignmentId,
      targets: { calories: { targetKcal: 1450 } },
    });
    expect(updated.targets.calories.targetKcal).toBe(1450);

    const after = await coach().adherence.forClient({ clientId: h.ids.client });
    expect(after.weeks.map((w) => w.scores)).toEqual(before.weeks.map((w) => w.scores));
    expect(after.last28).toEqual(before.last28);
    const rosterAfter = await coach().adherence.roster();
    const mine = (rows: typeof rosterBefore) => rows.find((r) => r.clientId === h.ids.client)!;
    expect(mine(rosterAfter).last28).toEqual(mine(rosterBefore).last28);
    expect(mine(rosterAfter).last7).toEqual(mine(rosterBefore).last7);

    // Today, logged at 1,500, is judged by the new target.
    await client().logs.upsertDay({ date: TODAY, calories: 1500 });
    const today = await coach().adherence.forClient({ clientId: h.ids.client });
    expect(today.weeks.at(-1)!.counts.calorieDays).toBe(2); // 16 and 17 March, not the 18th
  });

  it('are listed with when, what and by whom, and audited with before and after', async () => {
    const current = await coach().assignments.current({ clientId: h.ids.client });
    expect(current!.adjustments).toEqual([
      {
        effectiveFrom: TODAY,
        changedAt: expect.any(Date),
        changedBy: { id: h.ids.coach, name: expect.any(String) },
        changes: [{ field: 'calories.targetKcal', before: 1600, after: 1450 }],
      },
    ]);
    const [audit] = await h.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, assignmentId), eq(auditLog.action, 'assignment.updated')));
    expect(audit!.details).toMatchObject({
      clientId: h.ids.client,
      effectiveFrom: TODAY,
      changes: [{ field: 'calories.targetKcal', before: 1600, after: 1450 }],
    });
  });

  it('may be planned for a later day, never for a past one or before a planned one', async () => {
    const later = addDays(TODAY, 5);
    await coach().assignments.update({
      id: assignmentId,
      effectiveFrom: later,
      targets: { program: { cardio: { sessionsPerWeek: 3 } } },
    });
    // Not yet in effect: today's plan and the coach's page keep today's targets.
    const planned = await coach().assignments.current({ clientId: h.ids.client });
    expect(planned!.targets.program.cardio.sessionsPerWeek).toBe(4);
    const plan = await client().plan.today({});
    expect(plan.plan!.cardio.sessionsPerWeek).toBe(4);
    expect(plan.plan!.calories.targetKcal).toBe(1450);

    expect(
      await rejection(
        coach().assignments.update({
          id: assignmentId,
          effectiveFrom: addDays(TODAY, -1),
          targets: { calories: { targetKcal: 1500 } },
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'effectiveFrom' });
    expect(
      await rejection(
        coach().assignments.update({
          id: assignmentId,
          effectiveFrom: addDays(TODAY, 2),
          targets: { calories: { targetKcal: 1500 } },
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'effectiveFrom' });

    // Once the day comes, the plan shows it.
    clock = new Date(`${later}T12:00:00Z`);
    const then = await client().plan.today({});
    expect(then.plan!.cardio.sessionsPerWeek).toBe(3);
    const current = await coach().assignments.current({ clientId: h.ids.client });
    expect(current!.targets.program.cardio.sessionsPerWeek).toBe(3);
    expect(current!.adjustments.map((a) => [a.effectiveFrom, a.changes])).toEqual([
      [TODAY, [{ field: 'calories.targetKcal', before: 1600, after: 1450 }]],
      [later, [{ field: 'program.cardio.sessionsPerWeek', before: 4, after: 3 }]],
    ]);
  });
});
