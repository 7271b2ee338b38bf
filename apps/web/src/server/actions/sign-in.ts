'use server';

import { AuthError } from 'next-auth';
import { signIn } from '@/auth';

export interface SignInState {
  error: string | null;
  email: string;
}

/** Same answer for unknown e-mail, wrong password and a throttled address: nothing to learn from it. */
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get('email') ?? '');
  try {
    await signIn('credentials', {
      email,
      password: String(form.get('password') ?? ''),
      redirectTo: safeRedirect(String(form.get('next') ?? '/')),
    });
  } catch (error) {
    if (error instanceof AuthError) {
      return {
        email,
        error:
          'That e-mail and password do not match, or too many attempts were made. Try again in a few minutes.',
      };
    }
    throw error;
  }
  return { email, error: null };
}

/** Only same-site paths, never an open redirect. */
function safeRedirect(path: string): string {
  return path.startsWith('/') && !path.startsWith('//') ? path : '/';
}
