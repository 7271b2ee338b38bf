import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows, schema, type Database } from '../src/index';
import { migrationsFolder } from '../src/locate';
import { createTestDatabase } from '../src/testing';

const tables = (Object.values(schema) as unknown[])
  .filter((value) => value instanceof PgTable)
  .map((table) => getTableConfig(table));

describe('migrations from an empty database', () => {
  let database: Database & { destroy?: () => Promise<void> };

  beforeAll(async () => {
    // On PGlite, migrate a brand-new cluster rather than the cached template createTestDatabase copies.
    database = process.env.DATABASE_URL
      ? await createTestDatabase()
      : await openDatabase({ dataDir: 'memory' });
  });
  afterAll(async () => {
    await (database.destroy ?? database.close)();
  });

  it('creates every table of the schema', async () => {
    const rows = await queryRows<{ table_name: string }>(
      database.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    expect(tables.length).toBeGreaterThanOrEqual(12);
    expect(rows.map((r) => r.table_name).sort()).toEqual(tables.map((t) => t.name).sort());
  });

  it('creates every column, unique index and check constraint the schema declares', async () => {
    const columns = await queryRows<{ table_name: string; column_name: string }>(
      database.db,
      sql`select table_name, column_name from information_schema.columns where table_schema = 'public'`,
    );
    const indexes = await queryRows<{ indexname: string }>(
      database.db,
      sql`select indexname from pg_indexes where schemaname = 'public'`,
    );
    const checks = await queryRows<{ conname: string }>(
      database.db,
      sql`select conname from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname = 'public' and c.contype = 'c'`,
    );
    for (const table of tables) {
      const actual = columns.filter((c) => c.table_name === table.name).map((c) => c.column_name);
      expect(actual.sort(), table.name).toEqual(table.columns.map((c) => c.name).sort());
      for (const index of table.indexes)
        expect(indexes.map((i) => i.indexname)).toContain(index.config.name);
      for (const check of table.checks) expect(checks.map((c) => c.conname)).toContain(check.name);
    }
  });

  it('records every migration of the journal as applied', async () => {
    const journal = JSON.parse(
      readFileSync(path.join(migrationsFolder(), 'meta/_journal.json'), 'utf8'),
    ) as { entries: unknown[] };
    const applied = await queryRows<{ count: number | string }>(
      database.db,
      sql`select count(*) as count from drizzle.__drizzle_migrations`,
    );
    expect(Number(applied[0]!.count)).toBe(journal.entries.length);
  });
});
