import type { Metadata } from 'next';
import { ApiProvider } from '@/trpc/client';
import { AcceptInviteForm } from './accept-invite-form';

export const metadata: Metadata = { title: 'Accept your invitation', robots: { index: false } };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <div className="card auth-card">
      <h1>Welcome to Sixstep</h1>
      <p>
        Your coach has set up an account for you. Choose the name your coach will see and a
        password, and you are ready to start.
      </p>
      <ApiProvider>
        <AcceptInviteForm token={token} />
      </ApiProvider>
    </div>
  );
}
