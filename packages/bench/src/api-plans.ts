import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { appRouter, createCallerFactory, createContext } from '@sixstep/api';
import { schema, type Db } from '@sixstep/db';

export interface CapturedPlans {
  /** Statements the procedure sent for one call (the session check included). */
  statements: number;
  /** auto_explain's EXPLAIN (ANALYZE, BUFFERS) of each, as logged. */
  plans: string[];
}

/**
 * The real plans of `adherence.roster`: the procedure runs through a tRPC caller (the same code
 * the server runs) on one connection that has auto_explain loaded and reporting to the client as
 * notices, so every statement it sends comes back with its analysed plan. Needs a superuser
 * connection (LOAD); the local default is one.
 */
export async function rosterPlans(url: string, coachId: string): Promise<CapturedPlans> {
  let plans: string[] = [];
  const client = postgres(url, {
    max: 1,
    onnotice: (notice) => plans.push(String(notice.message)),
  });
  try {
    await client`load 'auto_explain'`;
    for (const setting of [
      'log_min_duration = 0',
      'log_analyze = on',
      'log_buffers = on',
      'log_timing = on',
      "log_level = 'notice'",
    ])
      await client.unsafe(`set auto_explain.${setting}`);
    await client`set client_min_messages = notice`;
    const db = drizzle(client, { schema }) as unknown as Db;
    const caller = createCallerFactory(appRouter)(
      createContext({
        db,
        session: { userId: coachId, role: 'coach', sessionVersion: 1, authTime: Date.now() },
      }),
    );
    await caller.adherence.roster();
    plans = [];
    await caller.adherence.roster();
    return { statements: plans.length, plans };
  } finally {
    await client.end({ timeout: 5 });
  }
}
