import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, type SQL } from 'drizzle-orm';
import { invitations, type Queryable } from '@sixstep/db';

/**
 * The life of a one-time invitation link, for any account that gets its password through one
 * (clients today; coach accounts and password resets can reuse it): issue, look up, spend, void.
 */
export const INVITE_VALID_DAYS = 7;

/** Only the sha256 of a token is stored, so a database leak gives no usable links. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Unused, unexpired and not replaced: the only links that may still be opened or spent. */
export const usableInvitation = (token: string, now: Date): SQL =>
  and(
    eq(invitations.tokenHash, hashToken(token)),
    isNull(invitations.acceptedAt),
    gt(invitations.expiresAt, now),
  )!;

/** Ends every open link of `userId` now: a replaced or withdrawn link must stop working at once. */
export async function voidInvitations(tx: Queryable, userId: string, now: Date): Promise<void> {
  await tx
    .update(invitations)
    .set({ expiresAt: now })
    .where(
      and(
        eq(invitations.userId, userId),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, now),
      ),
    );
}

/** A fresh single-use token for `userId`, sent by `invitedBy`; earlier open links stop working. */
export async function issueInvitation(
  tx: Queryable,
  { userId, invitedBy, now }: { userId: string; invitedBy: string; now: Date },
): Promise<{ token: string; expiresAt: Date }> {
  await voidInvitations(tx, userId, now);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + INVITE_VALID_DAYS * 86_400_000);
  await tx.insert(invitations).values({
    userId,
    coachId: invitedBy,
    tokenHash: hashToken(token),
    expiresAt,
    createdAt: now,
  });
  return { token, expiresAt };
}

/** Marks the link used, if it still is usable, in one statement: a token works exactly once. */
export async function spendInvitation(
  tx: Queryable,
  token: string,
  now: Date,
): Promise<string | null> {
  const [spent] = await tx
    .update(invitations)
    .set({ acceptedAt: now })
    .where(usableInvitation(token, now))
    .returning({ userId: invitations.userId });
  return spent?.userId ?? null;
}

export const inviteUrlFor = (baseUrl: string, token: string) =>
  `${baseUrl.replace(/\/+$/, '')}/invite/${token}`;
