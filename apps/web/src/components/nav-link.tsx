'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** `exact`: current on its own path only (the coach's home, whose sub-areas have links of their own). */
export function NavLink({ href, label, exact }: { href: string; label: string; exact?: boolean }) {
  const pathname = usePathname();
  const current = pathname === href || (!exact && pathname.startsWith(`${href}/`));
  return (
    <Link href={href} className="nav-link" aria-current={current ? 'page' : undefined}>
      {label}
    </Link>
  );
}
