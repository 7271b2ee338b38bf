'use server';

import { TRPCError } from '@trpc/server';
import { auth, sessionRenewal, signOut, unstable_update } from '@/auth';
import { serverApi } from '@/trpc/server';

export type ChangePasswordResult =
  { ok: true } | { ok: false; field: 'currentPassword' | 'newPassword' | null; message: string };

/**
 * Changes the password through the API (which ends every session), then renews this browser's
 * own session with a proof only the server can make: every other session stays ended.
 */
export async function changePasswordAction(input: {
  currentPassword: string;
  newPassword: string;
}): Promise<ChangePasswordResult> {
  const session = await auth();
  if (!session?.user?.id) return { ok: false, field: null, message: 'Sign in again first.' };
  try {
    const api = await serverApi();
    const { sessionVersion } = await api.account.changePassword(input);
    await unstable_update({
      sessionVersion,
      proof: sessionRenewal(session.user.id, sessionVersion),
    } as never);
    return { ok: true };
  } catch (error) {
    if (error instanceof TRPCError && error.code !== 'INTERNAL_SERVER_ERROR') {
      const match = /^(currentPassword|newPassword): (.+)$/.exec(error.message);
      return match
        ? { ok: false, field: match[1] as 'currentPassword' | 'newPassword', message: match[2]! }
        : { ok: false, field: null, message: error.message };
    }
    return { ok: false, field: null, message: 'Something went wrong. Try again in a moment.' };
  }
}

/** Ends every session of this account, this one included, and goes to the sign-in page. */
export async function signOutEverywhereAction() {
  const api = await serverApi();
  await api.account.signOutEverywhere();
  await signOut({ redirectTo: '/login?signedOut=everywhere' });
}
