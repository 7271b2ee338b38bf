import { openDatabase, type Database } from '../client';
import { defaultDataDir } from '../locate';

/** The database the app would use: DATABASE_URL, else the embedded one under .data/. Migrated. */
export async function openFromEnvironment(): Promise<{ database: Database; where: string }> {
  const url = process.env.DATABASE_URL || undefined;
  const database = await openDatabase({ url, max: 1 });
  const where = url
    ? `PostgreSQL at ${new URL(url).host}${new URL(url).pathname}`
    : `embedded PGlite in ${defaultDataDir()}`;
  return { database, where };
}
