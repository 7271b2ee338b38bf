import Link from 'next/link';
import type { Session } from 'next-auth';
import { signOutAction } from '@/server/actions/sign-out';
import { NavLink } from './nav-link';

const linksByRole = {
  admin: [
    { href: '/admin/catalog', label: 'Catalog' },
    { href: '/admin/program', label: 'Program' },
    { href: '/admin/coaches', label: 'Coaches' },
    { href: '/admin/clients', label: 'Clients' },
    { href: '/admin/audit', label: 'Audit log' },
  ],
  coach: [
    { href: '/coach', label: 'Clients', exact: true },
    { href: '/coach/messages', label: 'Messages' },
    { href: '/coach/check-ins', label: 'Check-ins' },
  ],
  client: [
    { href: '/today', label: 'Today' },
    { href: '/week', label: 'Week' },
    { href: '/progress', label: 'Progress' },
    { href: '/check-in', label: 'Check-in' },
    { href: '/my-coach', label: 'Coach' },
    { href: '/my-data', label: 'Your data' },
  ],
} as const;

export function SiteHeader({ user }: { user: Session['user'] | null }) {
  return (
    <header className="site-header">
      <nav aria-label="Main">
        <Link href="/" className="brand">
          Sixstep
        </Link>
        {user &&
          linksByRole[user.role].map((link) => (
            <NavLink
              key={link.href}
              href={link.href}
              label={link.label}
              exact={'exact' in link && link.exact}
            />
          ))}
        <span className="spacer" />
        {user ? (
          <form action={signOutAction} className="row">
            <Link href="/settings" className="nav-link">
              {user.name ?? user.email}
            </Link>
            <button type="submit" className="secondary">
              Sign out
            </button>
          </form>
        ) : (
          <Link href="/login" className="nav-link">
            Sign in
          </Link>
        )}
      </nav>
    </header>
  );
}
