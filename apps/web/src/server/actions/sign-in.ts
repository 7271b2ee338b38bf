'use server';

import { AuthError } from 'next-auth';
import { signIn } from '@/auth';

export interface SignInState {
  error: string | null;
  email: string;
}

/** Same answer for unknown e-mail, wrong password and a throttled address: nothing to learn from it. */
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  // A field may arrive as a file from a forged form: only text counts.
  const text = (name: string, fallback = '') => {
    const value = form.get(name);
    return typeof value === 'string' ? value : fallback;
  };
  const email = text('email');
  try {
    await signIn('credentials', {
      email,
      password: text('password'),
      redirectTo: safeRedirect(text('next', '/')),
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
