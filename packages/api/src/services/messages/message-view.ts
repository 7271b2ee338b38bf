import { messages } from '@sixstep/db';

export const messageColumns = {
  id: messages.id,
  clientId: messages.clientId,
  authorId: messages.authorId,
  body: messages.body,
  createdAt: messages.createdAt,
  readAt: messages.readAt,
};
