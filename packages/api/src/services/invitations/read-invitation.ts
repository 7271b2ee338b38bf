import { TRPCError } from '@trpc/server';
import { and, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { invitations, users, type Db } from '@sixstep/db';
import { usableInvitation } from './invitation-tokens';

export const BAD_INVITATION =
  'This invitation link is not valid: it may have expired, been used already, or been replaced by a newer one. Ask your coach to send a new invitation.';

export interface InvitationView {
  /** The name the inviter entered; the person may change it when accepting. */
  name: string;
  /** The address the account signs in with. */
  email: string;
  invitedBy: { name: string };
  expiresAt: Date;
}

const inviter = alias(users, 'inviter');

/**
 * What the invitation page shows before its form. Unknown, expired, replaced and used tokens all
 * get the same BAD_REQUEST, so the page can refuse a dead link without a form and a guesser learns
 * nothing about which links once existed.
 */
export async function readInvitation(db: Db, token: string, now: Date): Promise<InvitationView> {
  const [found] = await db
    .select({
      name: users.name,
      email: users.email,
      inviterName: inviter.name,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .innerJoin(users, and(eq(users.id, invitations.userId), isNull(users.deactivatedAt)))
    .innerJoin(inviter, eq(inviter.id, invitations.coachId))
    .where(usableInvitation(token, now))
    .limit(1);
  if (!found) throw new TRPCError({ code: 'BAD_REQUEST', message: BAD_INVITATION });
  return {
    name: found.name,
    email: found.email,
    invitedBy: { name: found.inviterName },
    expiresAt: found.expiresAt,
  };
}
