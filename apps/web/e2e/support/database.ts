import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, seed } from '@sixstep/db';

/** A freshly migrated and seeded database for one e2e run, and how the server should reach it. */
export interface E2eDatabase {
  /** Environment for the server: DATABASE_URL or SIXSTEP_DATA_DIR. */
  env: Record<string, string>;
  describe: string;
  drop(): Promise<void>;
}

const today = () => new Date().toISOString().slice(0, 10);

async function migrateAndSeed(options: { url?: string; dataDir?: string }) {
  const database = await openDatabase(options);
  try {
    await seed(database.db, { today: today() });
  } finally {
    // PGlite holds a lock on its folder: the server can open it only after this closes.
    await database.close();
  }
}

/** On the PostgreSQL server of DATABASE_URL: a new database sixstep_e2e_<random>, dropped afterwards. */
async function onPostgres(serverUrl: string): Promise<E2eDatabase> {
  const name = `sixstep_e2e_${randomBytes(6).toString('hex')}`;
  const runOnServer = async (statement: string) => {
    const server = await openDatabase({ url: serverUrl, migrate: false, max: 1 });
    try {
      await server.db.execute(statement);
    } finally {
      await server.close();
    }
  };
  await runOnServer(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migrateAndSeed({ url: url.toString() });
  return {
    env: { DATABASE_URL: url.toString() },
    describe: `PostgreSQL database ${name}`,
    drop: () => runOnServer(`drop database if exists "${name}" with (force)`),
  };
}

/** Without DATABASE_URL: an embedded PGlite folder under the temp dir, removed afterwards. */
async function onPglite(): Promise<E2eDatabase> {
  const folder = mkdtempSync(path.join(tmpdir(), 'sixstep-e2e-'));
  const dataDir = path.join(folder, 'pglite');
  await migrateAndSeed({ dataDir });
  return {
    env: { SIXSTEP_DATA_DIR: dataDir },
    describe: `PGlite at ${dataDir}`,
    drop: () => {
      rmSync(folder, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

export function createE2eDatabase(serverUrl = process.env.DATABASE_URL): Promise<E2eDatabase> {
  return serverUrl ? onPostgres(serverUrl) : onPglite();
}
