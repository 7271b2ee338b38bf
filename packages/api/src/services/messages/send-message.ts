import { and, eq } from 'drizzle-orm';
import { messages, type Db, type Queryable } from '@sixstep/db';
import type { Actor } from '../../actor';
import type { MessageSendInput } from '../../schemas/messages';
import { emitDomainEvent } from '../events/domain-events';
import { resolveConversation, type Conversation } from './resolve-conversation';
import { messageColumns } from './message-view';
import { fieldError } from '../../errors';

/**
 * Stores one message of `author` in the conversation and tells both sides. Idempotent on the
 * author's key: a retry or a double tap (even at the same instant, on two instances) gets back
 * the message stored first, and only the first is announced.
 */
export async function postMessage(
  tx: Queryable,
  author: Actor,
  conversation: Conversation,
  key: string,
  body: string,
  now: Date,
) {
  const [inserted] = await tx
    .insert(messages)
    .values({
      clientId: conversation.clientId,
      authorId: author.id,
      body,
      idempotencyKey: key,
      createdAt: now,
    })
    .onConflictDoNothing({ target: [messages.authorId, messages.idempotencyKey] })
    .returning(messageColumns);
  if (inserted) {
    await emitDomainEvent(tx, {
      type: 'message.sent',
      ...conversation,
      messageId: inserted.id,
      authorId: author.id,
    });
    return inserted;
  }
  const [existing] = await tx
    .select(messageColumns)
    .from(messages)
    .where(and(eq(messages.authorId, author.id), eq(messages.idempotencyKey, key)));
  if (!existing || existing.clientId !== conversation.clientId)
    throw fieldError('key', 'already used for another message; send with a new key', 'CONFLICT');
  return existing;
}

export async function sendMessage(db: Db, actor: Actor, input: MessageSendInput, now: Date) {
  return db.transaction(async (tx) => {
    const conversation = await resolveConversation(tx, actor, input.clientId);
    return postMessage(tx, actor, conversation, input.key, input.body, now);
  });
}
