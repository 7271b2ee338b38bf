'use server';

import { signIn } from '@/auth';

/**
 * Signs in a client who has just chosen their password on the invitation page and lands them on
 * /today: making them type the password again at once would only be a chance to get it wrong.
 */
export async function signInInvitedAction(email: string, password: string): Promise<void> {
  await signIn('credentials', { email, password, redirectTo: '/today' });
}
