import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '@sixstep/db';

/**
 * Tables whose rows a rejected call may legitimately change. Sign-in attempts are written by the
 * sign-in flow (next-auth's authorize), which is not a tRPC procedure, and audit rows are written
 * inside the same transaction as the change they record, so a rejected call leaves no audit row
 * either. A table added here needs a comment saying why:
 * - rate_limits: a rate-limited call is counted before it runs, so calls refused afterwards (bad
 *   input, or the limit itself) count too; otherwise failing calls would be free to repeat.
 */
const MAY_CHANGE_ON_REJECTION: ReadonlySet<string> = new Set(['rate_limits']);

/** Per table: "row count:md5 over the rows' text, sorted" (so row order on disk does not matter). */
export type Fingerprint = Record<string, string>;

export interface DatabaseWatch {
  /** Fingerprint of every watched table, in one statement. */
  fingerprint(): Promise<Fingerprint>;
  /**
   * How many write statements have been committed to the watched tables. Kept by statement
   * triggers in a side schema, in the writing transaction itself: a rolled-back write leaves it
   * as it was, a committed one (even of zero rows) moves it. Unchanged ⇒ no data changed.
   */
  committedWrites(): Promise<number>;
}

/**
 * Watches every base table of the public schema (found in information_schema, so a new table is
 * covered without touching this file). Installs its triggers in the throwaway test database.
 */
export async function watchDatabase(db: Db): Promise<DatabaseWatch> {
  const tables = (
    await queryRows<{ table_name: string }>(
      db,
      sql`select table_name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    )
  )
    .map((t) => t.table_name)
    .filter((t) => !MAY_CHANGE_ON_REJECTION.has(t));
  if (!tables.length) throw new Error('No tables to watch in the public schema');

  const setup = [
    'create schema fuzz_watch',
    'create table fuzz_watch.writes (n bigint not null)',
    'insert into fuzz_watch.writes values (0)',
    `create function fuzz_watch.count_write() returns trigger language plpgsql as
       'begin update fuzz_watch.writes set n = n + 1; return null; end'`,
    ...tables.map(
      (
        t,
      ) => `create trigger fuzz_watch_writes after insert or update or delete or truncate on "public"."${t}"
              for each statement execute function fuzz_watch.count_write()`,
    ),
  ];
  for (const statement of setup) await db.execute(sql.raw(statement));

  const fingerprintStatement = sql.raw(
    tables
      .map(
        (t) =>
          `select '${t}' as table_name, count(*)::text || ':' || coalesce(md5(string_agg(md5(r::text), '' order by md5(r::text))), '') as print from "public"."${t}" r`,
      )
      .join(' union all '),
  );
  return {
    async fingerprint() {
      const rows = await queryRows<{ table_name: string; print: string }>(db, fingerprintStatement);
      return Object.fromEntries(rows.map((r) => [r.table_name, r.print]));
    },
    async committedWrites() {
      const [row] = await queryRows<{ n: string | number }>(
        db,
        sql`select n from fuzz_watch.writes`,
      );
      return Number(row!.n);
    },
  };
}

/** The tables whose fingerprints differ, with their "rows:md5" before and after. */
export function fingerprintDifference(before: Fingerprint, after: Fingerprint): string[] {
  const tables = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...tables]
    .filter((t) => before[t] !== after[t])
    .map((t) => `${t}: ${before[t] ?? 'absent'} → ${after[t] ?? 'absent'}`);
}
