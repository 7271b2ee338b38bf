import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { auth } from '@/auth';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; invited?: string; reset?: string; signedOut?: string }>;
}) {
  const session = await auth();
  if (session?.user) redirect('/');
  const { next, invited, reset, signedOut } = await searchParams;
  return (
    <div className="card auth-card">
      <h1>Sign in to Sixstep</h1>
      {invited && (
        <p role="status" className="success">
          Your account is ready. Sign in with your e-mail address and the password you just chose.
        </p>
      )}
      {reset && (
        <p role="status" className="success">
          Your new password is saved and every device was signed out. Sign in with the new password.
        </p>
      )}
      {signedOut && (
        <p role="status" className="success">
          You are signed out on every device.
        </p>
      )}
      <SignInForm next={next ?? '/'} />
    </div>
  );
}
