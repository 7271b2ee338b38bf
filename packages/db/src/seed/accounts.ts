import { inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../client';
import { hashPassword } from '../passwords';
import { clientProfiles, users } from '../schema';
import { CLIENTS, DEMO_PASSWORD, STAFF } from './people';

/**
 * Adds the demo accounts that are missing (matched by e-mail, case-insensitively) and the
 * clients' profiles. Existing accounts keep their password, name and role.
 * Returns the id of every demo e-mail (lower case).
 */
export async function seedAccounts(
  tx: Queryable,
): Promise<{ ids: Map<string, string>; created: number }> {
  const emails = [...STAFF, ...CLIENTS].map((person) => person.email.toLowerCase());
  const findIds = async () => {
    const rows = await tx
      .select({ id: users.id, email: sql<string>`lower(${users.email})` })
      .from(users)
      .where(inArray(sql`lower(${users.email})`, emails));
    return new Map(rows.map((row) => [row.email, row.id]));
  };

  const before = await findIds();
  let created = 0;
  if (before.size < emails.length) {
    // One hash for all: they share the password, and scrypt is deliberately slow.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const rows = [
      ...STAFF.map((s) => ({ email: s.email, name: s.name, role: s.role, passwordHash })),
      ...CLIENTS.map((c) => ({
        email: c.email,
        name: c.name,
        role: 'client' as const,
        passwordHash,
        unitPreference: c.unitPreference,
      })),
    ].filter((row) => !before.has(row.email.toLowerCase()));
    created = (
      await tx.insert(users).values(rows).onConflictDoNothing().returning({ id: users.id })
    ).length;
  }
  const ids = await findIds();

  await tx
    .insert(clientProfiles)
    .values(
      CLIENTS.map((c) => ({
        userId: ids.get(c.email)!,
        coachId: ids.get(c.coachEmail)!,
        ...c.profile,
      })),
    )
    .onConflictDoNothing();
  return { ids, created };
}
