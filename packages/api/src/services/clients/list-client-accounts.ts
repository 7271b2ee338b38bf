import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { clientProfiles, users, type Db } from '@sixstep/db';
import { badInput } from '../../errors';
import type { ClientAccountListInput } from '../../schemas/client-accounts';
import { toLikePattern } from '../../infra/like-pattern';

export type ClientAccountStatus = 'active' | 'invited' | 'deactivated';

const coaches = alias(users, 'coach');

/**
 * Every client account for admins, by name: e-mail, coach, status and when it was made, with the
 * number of matches. Pages are keyed on (name, id) read from the cursor row itself, so equal
 * names are neither skipped nor repeated; a cursor naming no client (deleted since, or made up)
 * is refused rather than silently restarting the list.
 */
export async function listClientAccounts(db: Db, input: ClientAccountListInput) {
  const matching: SQL[] = [eq(users.role, 'client')];
  if (input.search) {
    const pattern = toLikePattern(input.search);
    matching.push(or(ilike(users.name, pattern), ilike(users.email, pattern))!);
  }
  const paged = [...matching];
  if (input.cursor) {
    const [after] = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, input.cursor), eq(users.role, 'client')));
    if (!after) throw badInput('cursor', 'no client has this id; start again from the first page');
    paged.push(
      sql`(${users.name}, ${users.id}) > (select c.name, c.id from users c where c.id = ${after.id})`,
    );
  }
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      status: sql<ClientAccountStatus>`case
        when ${users.deactivatedAt} is not null then 'deactivated'
        when ${users.passwordHash} is null then 'invited'
        else 'active' end`,
      coachName: coaches.name,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(clientProfiles, eq(clientProfiles.userId, users.id))
    .leftJoin(coaches, eq(coaches.id, clientProfiles.coachId))
    .where(and(...paged))
    .orderBy(asc(users.name), asc(users.id))
    .limit(input.limit + 1);
  const [{ total } = { total: 0 }] = await db
    .select({ total: count() })
    .from(users)
    .where(and(...matching));
  const items = rows.slice(0, input.limit);
  return { items, total, nextCursor: rows.length > input.limit ? items.at(-1)!.id : null };
}
