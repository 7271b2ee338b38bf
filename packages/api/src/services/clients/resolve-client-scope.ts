import { TRPCError } from '@trpc/server';
import type { Queryable } from '@sixstep/db';
import type { Actor } from '../../actor';
import { badInput, notFound } from '../../errors';
import { requireOwnClient } from './client-profile';

/**
 * Whose data a client-scoped read is about. A client reads only their own (a different
 * `clientId` gets the same NOT_FOUND as an unknown one: an id never widens access); a coach
 * names one of their own clients.
 */
export async function resolveClientScope(
  db: Queryable,
  actor: Actor,
  clientId: string | undefined,
): Promise<string> {
  if (actor.role === 'client') {
    if (clientId !== undefined && clientId.toLowerCase() !== actor.id) throw notFound('Client');
    return actor.id;
  }
  if (actor.role === 'coach') {
    if (clientId === undefined) throw badInput('clientId', 'Choose a client');
    await requireOwnClient(db, actor.id, clientId);
    return clientId;
  }
  throw new TRPCError({ code: 'FORBIDDEN', message: 'Not allowed for your role' });
}
