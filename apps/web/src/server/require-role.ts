import 'server-only';
import { redirect } from 'next/navigation';
import type { Role } from '@sixstep/api';
import { auth } from '@/auth';
import { serverApi } from '@/trpc/server';

/**
 * Every protected area checks the role on the server itself; the proxy is only a shortcut.
 * Admins without two-factor sign-in are sent to set it up before anything else.
 */
export async function requireRole(role: Role) {
  const session = await auth();
  if (!session?.user?.id) redirect('/login');
  if (session.user.role !== role) redirect('/');
  if (role === 'admin') {
    const me = await (await serverApi()).auth.me().catch(() => null);
    if (!me) redirect('/login');
    if (!me.twoFactorEnabled) redirect('/settings/two-factor?required=admin');
  }
  return session.user;
}
