import { NextResponse } from 'next/server';
import NextAuth from 'next-auth';
import { authConfig } from '@/auth.config';
import { contentSecurityPolicy } from '@/server/security-headers';

const { auth } = NextAuth(authConfig);

/**
 * Convenience only: sends signed-out visitors to /login and people to their own area, and sets
 * the per-request CSP nonce. Authorization itself is enforced in every API procedure and page.
 */
const areaRoles: Array<{ prefix: string; role: 'admin' | 'coach' | 'client' }> = [
  { prefix: '/admin', role: 'admin' },
  { prefix: '/coach', role: 'coach' },
  { prefix: '/today', role: 'client' },
  { prefix: '/week', role: 'client' },
  { prefix: '/progress', role: 'client' },
  { prefix: '/my-data', role: 'client' },
  { prefix: '/my-coach', role: 'client' },
  { prefix: '/check-in', role: 'client' },
];
/** Pages every signed-in person has, whatever the role. */
const signedInAreas = ['/settings'];

export default auth((req) => {
  const { pathname } = req.nextUrl;
  const area = areaRoles.find((a) => pathname === a.prefix || pathname.startsWith(`${a.prefix}/`));
  const user = req.auth?.user;
  const anyRole = signedInAreas.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if ((area || anyRole) && !user) {
    const login = new URL('/login', req.nextUrl);
    login.searchParams.set('next', pathname);
    return NextResponse.redirect(login);
  }
  if (area && user && user.role !== area.role)
    return NextResponse.redirect(new URL('/', req.nextUrl));

  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== 'production');
  const requestHeaders = new Headers(req.headers);
  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
});

export const config = {
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|favicon.ico).*)',
      missing: [{ type: 'header', key: 'next-router-prefetch' }],
    },
  ],
};
