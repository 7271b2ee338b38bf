import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '@sixstep/db';
import type { Actor } from '../../actor';

interface ThreadRow {
  client_id: string;
  name: string;
  last_body: string | null;
  last_at: string | Date | null;
  last_author_id: string | null;
  unread: number | string;
}

/**
 * The coach's conversations, one per client of theirs: the last message and how many of the
 * client's messages the coach has not read; newest first, clients without messages last.
 */
export async function listThreads(db: Db, coach: Actor) {
  const rows = await queryRows<ThreadRow>(
    db,
    sql`select p.user_id as client_id, u.name,
          last.body as last_body, last.created_at as last_at, last.author_id as last_author_id,
          (select count(*) from messages m
            where m.client_id = p.user_id and m.author_id <> ${coach.id} and m.read_at is null) as unread
        from client_profiles p
        join users u on u.id = p.user_id
        left join lateral (
          select body, created_at, author_id from messages m
          where m.client_id = p.user_id
          order by m.created_at desc, m.id desc limit 1
        ) last on true
        where p.coach_id = ${coach.id}
        order by last.created_at desc nulls last, u.name, p.user_id`,
  );
  return rows.map((r) => ({
    clientId: r.client_id,
    name: r.name,
    lastMessage:
      r.last_at === null
        ? null
        : {
            body: r.last_body!,
            createdAt: new Date(r.last_at),
            fromCoach: r.last_author_id === coach.id,
          },
    unread: Number(r.unread),
  }));
}
