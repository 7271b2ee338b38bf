import { z } from 'zod';
import { idOf } from './ids';

export const MESSAGE_MAX_LENGTH = 4000;
export const MESSAGE_PAGE_DEFAULT = 30;
export const MESSAGE_PAGE_MAX = 100;

/** A coach names the client of the conversation; a client leaves it out (their own). */
const clientIdField = idOf('Client').optional();

export const messageBodySchema = z
  .string({ error: 'Message must be text' })
  .trim()
  .min(1, 'Write a message first')
  .max(MESSAGE_MAX_LENGTH, `A message can be at most ${MESSAGE_MAX_LENGTH} characters`);

export const messageSendSchema = z.object({
  clientId: clientIdField,
  key: z
    .string({ error: 'Key is required' })
    .min(8, 'Key must be at least 8 characters')
    .max(100, 'Key must be at most 100 characters'),
  body: messageBodySchema,
});
export type MessageSendInput = z.infer<typeof messageSendSchema>;

export const messageListSchema = z
  .object({
    clientId: clientIdField,
    /** The oldest message id already shown: the page before it comes back. */
    before: idOf('Message').optional(),
    limit: z
      .number({ error: 'Limit must be a number' })
      .int('Limit must be a whole number')
      .min(1, 'Limit must be at least 1')
      .max(MESSAGE_PAGE_MAX, `Limit can be at most ${MESSAGE_PAGE_MAX}`)
      .optional(),
  })
  .default({});
export type MessageListInput = z.infer<typeof messageListSchema>;

export const messageThreadSchema = z.object({ clientId: clientIdField }).default({});
export type MessageThreadInput = z.infer<typeof messageThreadSchema>;
