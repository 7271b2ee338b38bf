import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema';
import { defaultDataDir, migrationsFolder } from './locate';

export type Schema = typeof schema;
/** The one database type the rest of the code sees, whichever engine is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything queries can run on: the database or an open transaction. */
export type Queryable = Db | Tx;

/** Stops a `listen`. */
export type Unlisten = () => Promise<void>;

export interface Database {
  db: Db;
  engine: 'pglite' | 'postgres';
  /**
   * LISTEN on a channel: `onPayload` gets every NOTIFY's payload, from any process on the same
   * PostgreSQL (postgres.js keeps one dedicated connection for it) or, on PGlite, in this process.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<Unlisten>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres:// URL; when absent the embedded PGlite engine is used. */
  url?: string;
  /** PGlite folder; 'memory' for a throwaway in-memory database. */
  dataDir?: string;
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  /** Connection pool size for PostgreSQL. */
  max?: number;
  /** PGlite only: start from this dump of a data folder (see `dumpDataDir`) instead of an empty cluster. */
  loadDataDir?: Blob;
}

const MIGRATION_LOCK = 727_274_001;

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  const shouldMigrate = options.migrate ?? true;
  if (options.url) {
    if (shouldMigrate) await migratePostgresLocked(options.url);
    const client = postgres(options.url, { max: options.max ?? 10, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema }) as unknown as Db;
    return {
      db,
      engine: 'postgres',
      listen: async (channel, onPayload) => {
        const subscription = await client.listen(channel, onPayload);
        return () => subscription.unlisten();
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dataDir = options.dataDir ?? defaultDataDir();
  if (dataDir !== 'memory') mkdirSync(dataDir, { recursive: true });
  const client = new PGlite({
    dataDir: dataDir === 'memory' ? undefined : dataDir,
    loadDataDir: options.loadDataDir,
  });
  const pglite = drizzlePglite(client, { schema });
  if (shouldMigrate) await migratePglite(pglite, { migrationsFolder: migrationsFolder() });
  return {
    db: pglite as unknown as Db,
    engine: 'pglite',
    listen: (channel, onPayload) => client.listen(channel, onPayload),
    close: () => client.close(),
  };
}

/** Several instances may start at once against one PostgreSQL: one migrates, the others wait. */
async function migratePostgresLocked(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzlePostgres(client), { migrationsFolder: migrationsFolder() });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** Raw SQL rows, the same shape on both engines (postgres.js returns an array, PGlite { rows }). */
export async function queryRows<T>(db: Queryable, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
