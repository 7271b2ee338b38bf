import { sql } from 'drizzle-orm';
import type { Queryable } from '@sixstep/db';

/** The PostgreSQL NOTIFY channel every instance LISTENs on. */
export const EVENTS_CHANNEL = 'sixstep_events';

/**
 * What happened in the coaching loop. Each event names the two people of the conversation;
 * ids only (a NOTIFY payload is small and public to every listener: no message text in it).
 */
export type DomainEvent =
  | { type: 'message.sent'; clientId: string; coachId: string; messageId: string; authorId: string }
  | { type: 'messages.read'; clientId: string; coachId: string; readerId: string }
  | { type: 'checkin.submitted'; clientId: string; coachId: string; checkinId: string }
  | { type: 'checkin.reviewed'; clientId: string; coachId: string; checkinId: string };

/** Who is told about an event on their live stream. */
export const recipientsOf = (event: DomainEvent): string[] => [event.clientId, event.coachId];

/**
 * The one place the loop's events leave from (live updates today; reminders and e-mails can hook
 * here). Called inside the transaction of the change: PostgreSQL delivers a NOTIFY at commit, so
 * nobody hears of a message that was rolled back.
 */
export async function emitDomainEvent(tx: Queryable, event: DomainEvent): Promise<void> {
  await tx.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify(event)})`);
}
