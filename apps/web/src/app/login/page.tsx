import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { auth } from '@/auth';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const session = await auth();
  if (session?.user) redirect('/');
  const { next } = await searchParams;
  return (
    <div className="card auth-card">
      <h1>Sign in to Sixstep</h1>
      <SignInForm next={next ?? '/'} />
    </div>
  );
}
