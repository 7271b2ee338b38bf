import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, seed, users, type Database } from '@sixstep/db';
import { createTestDatabase, type TestDatabase } from '@sixstep/db/testing';
import { appRouter, createCallerFactory, createContext } from '../src';

/**
 * Backups are PostgreSQL's own tools: this proves a `pg_dump -Fc` of a live database restores
 * with `pg_restore` into an empty one that the app then opens (migrations a no-op) and reads the
 * same. PostgreSQL only: the embedded engine's backup is a copy of its folder (README).
 */
const serverUrl = process.env.DATABASE_URL;

/** The newest under /usr/lib/postgresql/<version>/bin (pg_dump must be at least the server's version), else the one on PATH. */
function postgresTool(name: 'pg_dump' | 'pg_restore'): string {
  const versions = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql').filter((v) =>
        existsSync(`/usr/lib/postgresql/${v}/bin/${name}`),
      )
    : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (newest) return `/usr/lib/postgresql/${newest}/bin/${name}`;
  try {
    execFileSync(name, ['--version']);
    return name;
  } catch {
    throw new Error(
      `${name} not found on PATH nor under /usr/lib/postgresql/*/bin: install the PostgreSQL client tools`,
    );
  }
}

const createCaller = createCallerFactory(appRouter);
const today = new Date().toISOString().slice(0, 10);

/** Every public table with a digest of all its rows, so two databases compare in one assertion. */
async function tableDigests(database: Database) {
  const tables = await queryRows<{ name: string }>(
    database.db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const digests: Record<string, { rows: number; md5: string | null }> = {};
  for (const { name } of tables) {
    const [digest] = await queryRows<{ rows: number; md5: string | null }>(
      database.db,
      sql`select count(*)::int as rows, md5(string_agg(t::text, '|' order by t::text)) as md5 from ${sql.identifier(name)} t`,
    );
    digests[name] = digest!;
  }
  return digests;
}

/** What a coach and one of their clients read through the API. */
async function readThroughApi(database: Database) {
  const everyone = await database.db.select().from(users);
  const coach = everyone.find((u) => u.email === 'coach@sixstep.test')!;
  const client = everyone.find((u) => u.email === 'client@sixstep.test')!;
  const asCoach = createCaller(
    createContext({
      db: database.db,
      session: { userId: coach.id, role: 'coach', sessionVersion: 1, authTime: Date.now() },
    }),
  );
  const asClient = createCaller(
    createContext({
      db: database.db,
      session: { userId: client.id, role: 'client', sessionVersion: 1, authTime: Date.now() },
    }),
  );
  const from = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
  return {
    roster: await asCoach.clients.list({}),
    logs: await asClient.logs.list({ from, to: today }),
    plan: await asClient.plan.today({ date: today, today }),
  };
}

describe.skipIf(!serverUrl)('backup and restore with pg_dump and pg_restore', () => {
  let source: TestDatabase;
  let admin: Database;
  let restored: Database | undefined;
  const folder = mkdtempSync(path.join(tmpdir(), 'sixstep-backup-'));
  const restoredName = `sixstep_ops_restore_${randomBytes(4).toString('hex')}`;
  const restoredUrl = () =>
    Object.assign(new URL(serverUrl!), { pathname: `/${restoredName}` }).toString();

  beforeAll(async () => {
    source = await createTestDatabase(serverUrl);
    await seed(source.db, { today });
    admin = await openDatabase({ url: serverUrl, migrate: false, max: 1 });
  });

  afterAll(async () => {
    await restored?.close();
    await admin?.db.execute(sql.raw(`drop database if exists "${restoredName}" with (force)`));
    await admin?.close();
    await source?.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  it('a dump restored into a fresh database migrates as a no-op and reads the same data', async () => {
    const sourceUrl = Object.assign(new URL(serverUrl!), {
      pathname: `/${(await queryRows<{ name: string }>(source.db, sql`select current_database() as name`))[0]!.name}`,
    }).toString();
    const dump = path.join(folder, 'sixstep.dump');
    execFileSync(postgresTool('pg_dump'), [
      '--format=custom',
      '--no-owner',
      `--file=${dump}`,
      `--dbname=${sourceUrl}`,
    ]);

    await admin.db.execute(sql.raw(`create database "${restoredName}"`));
    execFileSync(postgresTool('pg_restore'), [
      '--no-owner',
      '--exit-on-error',
      `--dbname=${restoredUrl()}`,
      dump,
    ]);

    const applied = async (url: string) => {
      const bare = await openDatabase({ url, migrate: false, max: 1 });
      try {
        return await queryRows<{ hash: string }>(
          bare.db,
          sql`select hash from drizzle.__drizzle_migrations order by id`,
        );
      } finally {
        await bare.close();
      }
    };
    const appliedBefore = await applied(restoredUrl());
    // As the app opens it: migrations run first, and must find nothing to do.
    restored = await openDatabase({ url: restoredUrl(), max: 2 });
    expect(await applied(restoredUrl())).toEqual(appliedBefore);
    expect(appliedBefore).toEqual(await applied(sourceUrl));

    const sourceTables = await tableDigests(source);
    expect(Object.keys(sourceTables).length).toBeGreaterThan(5);
    expect(sourceTables.workout_logs!.rows).toBeGreaterThan(0);
    expect(await tableDigests(restored)).toEqual(sourceTables);

    const read = await readThroughApi(restored);
    expect(read.roster.length).toBeGreaterThan(0);
    expect(read.logs.days.length).toBeGreaterThan(0);
    expect(read).toEqual(await readThroughApi(source));
  });
});
