import { NextResponse } from 'next/server';
import NextAuth from 'next-auth';
import { authConfig } from '@/auth.config';

const { auth } = NextAuth(authConfig);

/**
 * Convenience only: sends signed-out visitors to /login and people to their own area.
 * Authorization itself is enforced in every API procedure and page, never here alone.
 */
const areaRoles: Array<{ prefix: string; role: 'admin' | 'coach' | 'client' }> = [
  { prefix: '/admin', role: 'admin' },
  { prefix: '/coach', role: 'coach' },
  { prefix: '/today', role: 'client' },
  { prefix: '/week', role: 'client' },
  { prefix: '/progress', role: 'client' },
];

export default auth((req) => {
  const area = areaRoles.find((a) => req.nextUrl.pathname === a.prefix || req.nextUrl.pathname.startsWith(`${a.prefix}/`));
  if (!area) return NextResponse.next();
  const user = req.auth?.user;
  if (!user) {
    const login = new URL('/login', req.nextUrl);
    login.searchParams.set('next', req.nextUrl.pathname);
    return NextResponse.redirect(login);
  }
  if (user.role !== area.role) return NextResponse.redirect(new URL('/', req.nextUrl));
  return NextResponse.next();
});

export const config = { matcher: ['/admin/:path*', '/coach/:path*', '/today', '/week', '/progress'] };
