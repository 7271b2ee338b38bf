import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { clientProfiles, type Queryable } from '@sixstep/db';
import type { Actor } from '../../actor';
import { badInput, notFound } from '../../errors';
import { requireOwnClient } from '../clients/client-profile';

/** The two people of one conversation: a client and their coach. */
export interface Conversation {
  clientId: string;
  coachId: string;
}

/**
 * The conversation an actor may read and write: a client's own (naming another client is
 * NOT_FOUND, like an unknown id), or a coach's own client's. Admins never reach a thread.
 */
export async function resolveConversation(
  db: Queryable,
  actor: Actor,
  clientId: string | undefined,
): Promise<Conversation> {
  if (actor.role === 'client') {
    if (clientId !== undefined && clientId !== actor.id) throw notFound('Client');
    const [profile] = await db
      .select({ coachId: clientProfiles.coachId })
      .from(clientProfiles)
      .where(eq(clientProfiles.userId, actor.id));
    if (!profile) throw notFound('Coach');
    return { clientId: actor.id, coachId: profile.coachId };
  }
  if (actor.role === 'coach') {
    if (clientId === undefined) throw badInput('clientId', 'Choose a client');
    const profile = await requireOwnClient(db, actor.id, clientId);
    return { clientId: profile.userId, coachId: actor.id };
  }
  throw new TRPCError({ code: 'FORBIDDEN', message: 'Not allowed for your role' });
}
