import type { Db } from '../client';
import { seedAccounts } from './accounts';
import { seedAssignments } from './assignments';
import { seedCatalog } from './catalog';
import { seedCoachingLoop } from './coaching-loop';
import { generateLogs, insertLogs } from './logs';
import { CLIENTS } from './people';
import { seedSystemTemplate } from './program';

export { DEMO_PASSWORD, CLIENTS as DEMO_CLIENTS, STAFF as DEMO_STAFF } from './people';
export type { DemoClient, DemoStaff, Pattern as DemoPattern } from './people';

export interface SeedOptions {
  /** The demo's "today" (YYYY-MM-DD): assignments start about eight weeks before it and logs run up to it. */
  today: string;
}

/** What this run added; all zeros when the demo data was already there. */
export interface SeedSummary {
  exercises: number;
  systemTemplate: number;
  accounts: number;
  assignments: number;
  dayLogs: number;
  workoutLogs: number;
  checkins: number;
  messages: number;
  photos: number;
}

/**
 * Loads the demo data: catalog, system template, accounts, assignments, about eight weeks
 * of logs, and the coaching loop (weekly check-ins, a short conversation, drawn progress photos). Idempotent: what exists (by slug, e-mail, client and date, or workout key) is kept
 * as it is, so running it again adds nothing. One transaction: all of it or none.
 */
export async function seed(db: Db, { today }: SeedOptions): Promise<SeedSummary> {
  return db.transaction(async (tx) => {
    const catalog = await seedCatalog(tx);
    const template = await seedSystemTemplate(tx, catalog.ids);
    const accounts = await seedAccounts(tx);
    const assignments = await seedAssignments(tx, {
      clients: CLIENTS,
      userIds: accounts.ids,
      exerciseIds: catalog.ids,
      programId: template.id,
      today,
    });

    const days = [];
    const workouts = [];
    for (const client of CLIENTS) {
      const clientId = accounts.ids.get(client.email)!;
      const assignment = assignments.active.get(clientId);
      if (!assignment) continue;
      const logs = generateLogs(client, clientId, assignment, catalog.ids, today);
      days.push(...logs.days);
      workouts.push(...logs.workouts);
    }
    const inserted = await insertLogs(tx, days, workouts);
    const loop = await seedCoachingLoop(tx, {
      clients: CLIENTS,
      userIds: accounts.ids,
      active: assignments.active,
      today,
    });

    return {
      exercises: catalog.created,
      systemTemplate: template.created ? 1 : 0,
      accounts: accounts.created,
      assignments: assignments.created,
      ...inserted,
      ...loop,
    };
  });
}
