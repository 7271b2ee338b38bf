'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { signIn } from '@/auth';

export interface SignInState {
  error: string | null;
  email: string;
  /** The password was right and the account uses two-factor: ask for a code. */
  needsCode: boolean;
}

const REFUSED =
  'That e-mail and password do not match, or too many attempts were made. Try again in a few minutes.';

/**
 * Same answer for unknown e-mail, wrong password and a throttled address: nothing to learn from
 * it. Only after the right password does the form ask for a two-factor code.
 */
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  // A field may arrive as a file from a forged form: only text counts.
  const text = (name: string, fallback = '') => {
    const value = form.get(name);
    return typeof value === 'string' ? value : fallback;
  };
  const email = text('email');
  const code = text('code').trim();
  try {
    await signIn('credentials', {
      email,
      password: text('password'),
      ...(code && { code }),
      redirectTo: safeRedirect(text('next', '/')),
    });
  } catch (error) {
    if (error instanceof AuthError) {
      const reason = error instanceof CredentialsSignin ? error.code : 'invalid';
      if (reason === 'two_factor_required') return { email, error: null, needsCode: true };
      if (reason === 'two_factor_invalid')
        return {
          email,
          needsCode: true,
          error:
            'That code did not work. Enter the current code from your app (each works once), or one of your recovery codes.',
        };
      return { email, error: REFUSED, needsCode: false };
    }
    throw error;
  }
  return { email, error: null, needsCode: false };
}

/** Only same-site paths, never an open redirect. */
function safeRedirect(path: string): string {
  return path.startsWith('/') && !path.startsWith('//') ? path : '/';
}
