import postgres, { type Sql } from 'postgres';
import { openDatabase } from '@sixstep/db';

export interface BenchDatabase {
  name: string;
  url: string;
  /** A postgres.js pool on the bench database, for loading and for the SQL floor. */
  sql: Sql;
  drop(): Promise<void>;
}

const DEFAULT_BASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** The server to create the bench database on: BENCH_DATABASE_URL, else DATABASE_URL, else the local default. */
export function baseUrl(): string {
  return process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? DEFAULT_BASE_URL;
}

/** A new database `<prefix>_<timestamp>`, migrated with the project's own migrations. */
export async function createBenchDatabase(
  base = baseUrl(),
  prefix = 'sixstep_bench',
): Promise<BenchDatabase> {
  const name = `${prefix}_${Date.now()}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const target = new URL(base);
  target.pathname = `/${name}`;
  const url = target.toString();
  const migrated = await openDatabase({ url, max: 1 });
  await migrated.close();
  const sql = postgres(url, { max: 4, onnotice: () => {} });
  let dropped = false;
  return {
    name,
    url,
    sql,
    async drop() {
      if (dropped) return;
      dropped = true;
      await sql.end({ timeout: 5 });
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
