import { and, eq, isNull, ne } from 'drizzle-orm';
import { messages, type Db } from '@sixstep/db';
import type { Actor } from '../../actor';
import type { MessageThreadInput } from '../../schemas/messages';
import { emitDomainEvent } from '../events/domain-events';
import { resolveConversation } from './resolve-conversation';

/** Marks the other side's messages in the conversation read (the reader has opened the thread). */
export async function markMessagesRead(db: Db, actor: Actor, input: MessageThreadInput, now: Date) {
  return db.transaction(async (tx) => {
    const conversation = await resolveConversation(tx, actor, input.clientId);
    const read = await tx
      .update(messages)
      .set({ readAt: now })
      .where(
        and(
          eq(messages.clientId, conversation.clientId),
          ne(messages.authorId, actor.id),
          isNull(messages.readAt),
        ),
      )
      .returning({ id: messages.id });
    if (read.length > 0)
      await emitDomainEvent(tx, { type: 'messages.read', ...conversation, readerId: actor.id });
    return { marked: read.length };
  });
}
