import type { Metadata } from 'next';
import { ApiProvider } from '@/trpc/client';
import { ConfirmEmailButton } from './confirm-email-button';

export const metadata: Metadata = { title: 'Confirm your new address', robots: { index: false } };

/** A button, not a change on opening: mail scanners that follow links change nothing. */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <div className="card auth-card">
      <h1>Confirm your new address</h1>
      <p>Your account will use this address from now on, and every device will be signed out.</p>
      <ApiProvider>
        <ConfirmEmailButton token={token} />
      </ApiProvider>
    </div>
  );
}
