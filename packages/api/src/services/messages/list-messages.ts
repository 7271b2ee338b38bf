import { and, desc, eq, inArray, lt, or } from 'drizzle-orm';
import { messages, users, type Db } from '@sixstep/db';
import type { Actor } from '../../actor';
import { badInput } from '../../errors';
import { MESSAGE_PAGE_DEFAULT, type MessageListInput } from '../../schemas/messages';
import { resolveConversation } from './resolve-conversation';
import { messageColumns } from './message-view';

/**
 * One page of a conversation, newest first. `before` is the oldest message already shown; the
 * cursor is (created at, id), so messages with the same instant are neither skipped nor repeated.
 */
export async function listMessages(db: Db, actor: Actor, input: MessageListInput) {
  const conversation = await resolveConversation(db, actor, input.clientId);
  const limit = input.limit ?? MESSAGE_PAGE_DEFAULT;
  const inThread = eq(messages.clientId, conversation.clientId);
  let older = undefined;
  if (input.before) {
    const [cursor] = await db
      .select({ createdAt: messages.createdAt, id: messages.id })
      .from(messages)
      .where(and(inThread, eq(messages.id, input.before)));
    if (!cursor) throw badInput('before', 'Not a message of this conversation');
    older = or(
      lt(messages.createdAt, cursor.createdAt),
      and(eq(messages.createdAt, cursor.createdAt), lt(messages.id, cursor.id)),
    );
  }
  const rows = await db
    .select(messageColumns)
    .from(messages)
    .where(older ? and(inThread, older) : inThread)
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const people = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, [conversation.clientId, conversation.coachId]));
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? '';
  return {
    ...conversation,
    clientName: nameOf(conversation.clientId),
    coachName: nameOf(conversation.coachId),
    messages: page.map((m) => ({ ...m, mine: m.authorId === actor.id })),
    nextCursor: rows.length > limit ? page.at(-1)!.id : null,
  };
}
