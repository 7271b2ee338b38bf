'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { signInAction, type SignInState } from '@/server/actions/sign-in';

const initial: SignInState = { error: null, email: '', needsCode: false };

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState(signInAction, initial);
  return (
    <form action={action} className="stack" noValidate>
      <input type="hidden" name="next" value={next} />
      <label>
        E-mail
        <input
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.email}
          autoFocus={!state.needsCode}
        />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {state.needsCode && (
        <label>
          Two-factor code
          <span className="muted">
            The 6-digit code from your authenticator app, or one of your recovery codes. Enter your
            password again too.
          </span>
          <input
            name="code"
            type="text"
            inputMode="text"
            autoComplete="one-time-code"
            required
            autoFocus
          />
        </label>
      )}
      {state.error && (
        <p role="alert" className="alert">
          {state.error}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
      <p>
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
    </form>
  );
}
