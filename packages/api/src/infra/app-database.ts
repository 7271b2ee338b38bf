import { openDatabase, seed, users, type Database } from '@sixstep/db';

const globalForDb = globalThis as unknown as { sixstepDatabase?: Promise<Database> };

async function open(url: string | undefined, seedDemoData: boolean): Promise<Database> {
  const database = await openDatabase({ url });
  if (seedDemoData) {
    const [anyUser] = await database.db.select({ id: users.id }).from(users).limit(1);
    if (!anyUser) await seed(database.db, { today: new Date().toISOString().slice(0, 10) });
  }
  return database;
}

/**
 * The server's one database, kept across hot reloads in development (and closed through this
 * global by apps/web/server/start.mjs on shutdown). `seedDemoData` loads the
 * demo data into an empty database (the embedded database of a fresh checkout; never production).
 */
export function appDatabase(options: { url?: string; seedDemoData: boolean }): Promise<Database> {
  // A failed open is forgotten, so the next request tries again (PostgreSQL may be back by then).
  globalForDb.sixstepDatabase ??= open(options.url, options.seedDemoData).catch(
    (error: unknown) => {
      globalForDb.sixstepDatabase = undefined;
      throw error;
    },
  );
  return globalForDb.sixstepDatabase;
}
