import 'server-only';
import { redirect } from 'next/navigation';
import type { Role } from '@sixstep/api';
import { auth } from '@/auth';

/** Every protected area checks the role on the server itself; the proxy is only a shortcut. */
export async function requireRole(role: Role) {
  const session = await auth();
  if (!session?.user?.id) redirect('/login');
  if (session.user.role !== role) redirect('/');
  return session.user;
}
