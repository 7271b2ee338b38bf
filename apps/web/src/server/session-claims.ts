import 'server-only';
import { getToken, type JWT } from 'next-auth/jwt';
import type { Role, SessionClaims } from '@sixstep/api';
import { config } from './config';

const COOKIE_NAMES = ['__Secure-authjs.session-token', 'authjs.session-token'] as const;

/**
 * The session cookie's claims, read without next-auth's session handling: reading never writes,
 * so API answers never re-issue the cookie (only page navigations refresh it). Whether the
 * claims are still current (session version, lifetime) the API checks against the database.
 */
export async function readSessionClaims(headers: Headers): Promise<SessionClaims | null> {
  for (const cookieName of COOKIE_NAMES) {
    const token: JWT | null = await getToken({
      req: { headers },
      secret: config.AUTH_SECRET,
      cookieName,
      salt: cookieName,
      secureCookie: cookieName.startsWith('__Secure-'),
    });
    if (!token) continue;
    const { sub, role, sessionVersion, authTime } = token as JWT & {
      role?: Role;
      sessionVersion?: number;
      authTime?: number;
    };
    if (!sub || !role || typeof sessionVersion !== 'number' || typeof authTime !== 'number')
      return null;
    return { userId: sub, role, sessionVersion, authTime };
  }
  return null;
}
