import type { Metadata } from 'next';
import { ApiProvider } from '@/trpc/client';
import { ForgotPasswordForm } from './forgot-password-form';

export const metadata: Metadata = { title: 'Forgot your password', robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <div className="card auth-card">
      <h1>Forgot your password?</h1>
      <p>
        Enter the e-mail address you sign in with. We will send you a link to choose a new password.
      </p>
      <ApiProvider>
        <ForgotPasswordForm />
      </ApiProvider>
    </div>
  );
}
