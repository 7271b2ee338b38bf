import { eq } from 'drizzle-orm';
import { checkinWeekFor, checkinWeekdayOf, checkinWeeks } from '@sixstep/domain';
import { checkins, type Db } from '@sixstep/db';
import type { Actor } from '../../actor';
import type { CheckinWeeksInput } from '../../schemas/checkins';
import { findCurrentAssignment } from '../assignments/assignments';
import { resolveClientToday } from '../../infra/calendar';
import { resolveClientScope } from '../clients/resolve-client-scope';

/**
 * Every started week of the client's current program with its check-in status (newest first):
 * missed weeks are rows of their own, not gaps. `thisWeek` is the week containing today.
 */
export async function listCheckinWeeks(db: Db, actor: Actor, input: CheckinWeeksInput, now: Date) {
  const clientId = await resolveClientScope(db, actor, input.clientId);
  const today = resolveClientToday(input.today, now);
  const assignment = await findCurrentAssignment(db, clientId);
  if (!assignment)
    return { today, assignment: null, checkinWeekday: null, weeks: [], thisWeek: null };
  const rows = await db
    .select({ id: checkins.id, week: checkins.week, reviewedAt: checkins.reviewedAt })
    .from(checkins)
    .where(eq(checkins.assignmentId, assignment.id));
  const byWeek = new Map(rows.map((r) => [r.week, r]));
  const weeks = checkinWeeks(
    assignment,
    today,
    new Map(rows.map((r) => [r.week, { reviewed: r.reviewedAt !== null }])),
  )
    .map((w) => ({ ...w, checkinId: byWeek.get(w.week)?.id ?? null }))
    .reverse();
  const currentWeek = checkinWeekFor(assignment, today);
  return {
    today,
    assignment: { id: assignment.id, startDate: assignment.startDate, endDate: assignment.endDate },
    checkinWeekday: checkinWeekdayOf(assignment),
    weeks,
    thisWeek: weeks.find((w) => w.week === currentWeek) ?? null,
  };
}
