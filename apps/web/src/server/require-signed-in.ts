import 'server-only';
import { redirect } from 'next/navigation';
import { auth } from '@/auth';

/** Any role: pages every signed-in person has, such as /settings. */
export async function requireSignedIn(next: string) {
  const session = await auth();
  if (!session?.user?.id) redirect(`/login?next=${encodeURIComponent(next)}`);
  return session.user;
}
