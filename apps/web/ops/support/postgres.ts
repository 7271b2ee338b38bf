import { randomBytes } from 'node:crypto';
import { openDatabase, seed, type Database } from '@sixstep/db';

/** The server the ops tests make their databases on when DATABASE_URL is unset. */
export const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface OpsDatabase {
  /** DATABASE_URL of this database, for the servers under test. */
  url: string;
  name: string;
  /** A direct connection, to check what the servers stored. */
  database: Database;
  drop(): Promise<void>;
}

async function onServer<T>(
  serverUrl: string,
  work: (database: Database) => Promise<T>,
): Promise<T> {
  const server = await openDatabase({ url: serverUrl, migrate: false, max: 1 });
  try {
    return await work(server);
  } finally {
    await server.close();
  }
}

/**
 * The PostgreSQL server to test on, or null when DATABASE_URL is unset and nothing answers on
 * the local default (the caller then skips loudly). With DATABASE_URL set (as in CI) an
 * unreachable server is an error, never a skip.
 */
export async function findPostgres(): Promise<string | null> {
  const serverUrl = process.env.DATABASE_URL || LOCAL_POSTGRES;
  try {
    await onServer(serverUrl, (server) => server.db.execute('select 1'));
    return serverUrl;
  } catch (error) {
    if (process.env.DATABASE_URL)
      throw new Error(
        `The ops tests need PostgreSQL: DATABASE_URL (${serverUrl}) does not answer: ${String(error)}`,
      );
    return null;
  }
}

/** Says, where nobody can miss it, that a suite did not run. */
export function announceSkip(suite: string) {
  const line = '!'.repeat(100);
  console.warn(
    `\n${line}\n!! SKIPPED: ${suite}\n!! No PostgreSQL answers at ${LOCAL_POSTGRES} and DATABASE_URL is unset.\n` +
      `!! Start one (docker compose up -d) or set DATABASE_URL to run it; CI always does.\n${line}\n`,
  );
}

const today = () => new Date().toISOString().slice(0, 10);

/** A new database sixstep_ops_<label>_<random> on the server, migrated and loaded with the demo data. */
export async function createOpsDatabase(serverUrl: string, label: string): Promise<OpsDatabase> {
  const name = `sixstep_ops_${label}_${randomBytes(4).toString('hex')}`;
  await onServer(serverUrl, (server) => server.db.execute(`create database "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), max: 2 });
  await seed(database.db, { today: today() });
  return {
    url: url.toString(),
    name,
    database,
    drop: async () => {
      await database.close();
      await onServer(serverUrl, (server) =>
        server.db.execute(`drop database if exists "${name}" with (force)`),
      );
    },
  };
}
