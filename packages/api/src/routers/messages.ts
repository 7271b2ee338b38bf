import { messageListSchema, messageSendSchema, messageThreadSchema } from '../schemas/messages';
import { listMessages } from '../services/messages/list-messages';
import { listThreads } from '../services/messages/list-threads';
import { markMessagesRead } from '../services/messages/mark-read';
import { sendMessage } from '../services/messages/send-message';
import { coachProcedure, roleProcedure, router } from '../trpc';

/** Conversations: a client and their own coach only; admins have no way into a thread. */
const talkProcedure = roleProcedure('coach', 'client');

export const messagesRouter = router({
  threads: coachProcedure.query(({ ctx }) => listThreads(ctx.db, ctx.user)),
  list: talkProcedure
    .input(messageListSchema)
    .query(({ ctx, input }) => listMessages(ctx.db, ctx.user, input)),
  send: talkProcedure
    .input(messageSendSchema)
    .mutation(({ ctx, input }) => sendMessage(ctx.db, ctx.user, input, ctx.now())),
  markRead: talkProcedure
    .input(messageThreadSchema)
    .mutation(({ ctx, input }) => markMessagesRead(ctx.db, ctx.user, input, ctx.now())),
});
