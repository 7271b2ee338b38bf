import type { Sql } from 'postgres';
import { hashPassword } from '@sixstep/db';
import { loadCatalog, type BenchCatalog } from '../catalog';
import { loadCoach, type LoadedCoach } from '../scale-seed';
import { clientUsers, type LoadOptions } from './options';

export const PASSWORD = 'sixstep-demo';
export const ADMIN_EMAIL = 'admin-load@bench.test';

export interface LoadFixture {
  catalog: BenchCatalog;
  coaches: LoadedCoach[];
  /** The clients the client users play, taken round-robin over the coaches. */
  clients: Array<{ id: string; email: string; coach: number }>;
  adminEmail: string;
}

/**
 * The fresh database's content: the bench catalog, `coaches` coaches with `clientsPerCoach`
 * clients each (profile, active assignment, `historyDays` of logs; the bench's bulk loader) and
 * one admin. Every account has the demo password, so sign-in is real.
 */
export async function loadFixture(
  sql: Sql,
  options: LoadOptions,
  today: string,
): Promise<LoadFixture> {
  const wanted = clientUsers(options);
  if (wanted > options.coaches * options.clientsPerCoach)
    throw new Error(
      `${wanted} client users need more clients than ${options.coaches} coaches × ${options.clientsPerCoach}`,
    );
  const catalog = await loadCatalog(sql);
  const passwordHash = await hashPassword(PASSWORD);
  const coaches: LoadedCoach[] = [];
  for (let i = 0; i < options.coaches; i++)
    coaches.push(
      await loadCoach(sql, catalog, {
        tag: `load${i}`,
        clients: options.clientsPerCoach,
        historyDays: options.historyDays,
        today,
        passwordHash,
      }),
    );
  await sql`insert into users (email, name, role, password_hash) values (${ADMIN_EMAIL}, 'Load admin', 'admin', ${passwordHash})`;
  const clients = Array.from({ length: wanted }, (_, i) => {
    const coach = i % coaches.length;
    const n = Math.floor(i / coaches.length);
    return { id: coaches[coach]!.clientIds[n]!, email: coaches[coach]!.clientEmails[n]!, coach };
  });
  return { catalog, coaches, clients, adminEmail: ADMIN_EMAIL };
}
