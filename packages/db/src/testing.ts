import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type Database } from './client';

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
    const database = await openDatabase({ dataDir: 'memory' });
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
