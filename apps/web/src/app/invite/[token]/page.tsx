import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { serverApi } from '@/trpc/server';
import { ApiProvider } from '@/trpc/client';
import { AcceptInviteForm } from './accept-invite-form';
import styles from './invite.module.css';

export const metadata: Metadata = { title: 'Accept your invitation', robots: { index: false } };

const expiryDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** Reads the link first: a spent, expired or made-up one gets a clear page and no form to fill in. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const api = await serverApi();
  const invitation = await api.auth.invitation({ token }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === 'BAD_REQUEST') return null;
    throw error;
  });
  if (!invitation)
    return (
      <div className="card auth-card">
        <h1>This invitation link cannot be used</h1>
        <div role="alert" className={`alert ${styles.problem}`}>
          <p>
            It may have been used already, have expired, or have been replaced by a newer
            invitation. Links work once and only for 7 days.
          </p>
          <p>Ask your coach to send you a new link.</p>
        </div>
        <p>
          Already chose your password? <Link href="/login">Sign in</Link>.
        </p>
      </div>
    );
  return (
    <div className="card auth-card">
      <h1>Welcome, {invitation.name}</h1>
      <p>
        <strong>{invitation.invitedBy.name}</strong> has set up a Sixstep account for you, to follow
        your six-step program together. Choose a password and you are ready to start.
      </p>
      <dl className={styles.facts}>
        <div>
          <dt>You will sign in with</dt>
          <dd data-testid="invite-email">{invitation.email}</dd>
        </div>
        <div>
          <dt>This link works until</dt>
          <dd>{expiryDate.format(invitation.expiresAt)}</dd>
        </div>
      </dl>
      <ApiProvider>
        <AcceptInviteForm token={token} name={invitation.name} email={invitation.email} />
      </ApiProvider>
    </div>
  );
}
