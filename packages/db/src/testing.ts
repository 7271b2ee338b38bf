import { createHash, randomBytes } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import postgres from 'postgres';
import { openDatabase, type Database } from './client';
import { migrationsFolder, workspaceRoot } from './locate';

export interface TestDatabase extends Database {
  /** Closes the connection and, on PostgreSQL, drops the throwaway database. */
  destroy(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database
 * on the server named by DATABASE_URL (created here, dropped by destroy()).
 */
export async function createTestDatabase(url = process.env.DATABASE_URL): Promise<TestDatabase> {
  if (!url) {
    const database = await openDatabase({
      dataDir: 'memory',
      loadDataDir: await migratedTemplate(),
    });
    return { ...database, destroy: () => database.close() };
  }
  const name = `sixstep_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ url: target.toString(), max: 5 });
  return {
    ...database,
    destroy: async () => {
      await database.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/**
 * Creating a PGlite cluster and migrating it costs seconds; loading a dump of a migrated one
 * costs about one. The dump is kept on disk (.data/test-templates), named after the migrations
 * and the engine build, so every test process shares it and a new migration makes a new one.
 * openDatabase still runs the migrator on the copy, which finds nothing to do.
 */
let template: Promise<Blob> | undefined;

function migratedTemplate(): Promise<Blob> {
  template ??= loadOrBuildTemplate();
  return template;
}

function templateKey(): string {
  const hash = createHash('sha256');
  // The resolved path carries the engine's version in pnpm's store layout.
  hash.update(realpathSync(createRequire(import.meta.url).resolve('@electric-sql/pglite')));
  const folder = migrationsFolder();
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!file.endsWith('.sql') && !file.endsWith('_journal.json')) continue;
    hash.update(file).update(readFileSync(path.join(folder, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

async function loadOrBuildTemplate(): Promise<Blob> {
  const folder = path.join(workspaceRoot(), '.data', 'test-templates');
  const file = path.join(folder, `pglite-${templateKey()}.tar`);
  try {
    return new Blob([readFileSync(file)]);
  } catch {
    // Not built yet for these migrations: build it below.
  }
  const client = new PGlite();
  try {
    await migrate(drizzle(client), { migrationsFolder: migrationsFolder() });
    const dump = await client.dumpDataDir('none');
    mkdirSync(folder, { recursive: true });
    for (const old of readdirSync(folder))
      if (old.startsWith('pglite-') && old.endsWith('.tar'))
        rmSync(path.join(folder, old), { force: true });
    // Written aside and renamed, so a process running alongside never reads half a file.
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.partial`;
    writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
    renameSync(partial, file);
    return dump;
  } finally {
    await client.close();
  }
}
