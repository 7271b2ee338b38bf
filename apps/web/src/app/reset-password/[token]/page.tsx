import type { Metadata } from 'next';
import { ApiProvider } from '@/trpc/client';
import { ResetPasswordForm } from './reset-password-form';

export const metadata: Metadata = { title: 'Choose a new password', robots: { index: false } };

export default async function ResetPasswordPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  return (
    <div className="card auth-card">
      <h1>Choose a new password</h1>
      <p>After this, every device signed in to your account is signed out.</p>
      <ApiProvider>
        <ResetPasswordForm token={token} />
      </ApiProvider>
    </div>
  );
}
