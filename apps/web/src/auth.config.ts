import type { NextAuthConfig, DefaultSession } from 'next-auth';
import type { Role } from '@sixstep/api';
import { SESSION_MAX_AGE_MS } from '@sixstep/domain';
import { config } from '@/server/config';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: Role } & DefaultSession['user'];
  }
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
}

/** Idle lifetime: a cookie unused this long expires; SESSION_MAX_AGE_MS caps it absolutely. */
const IDLE_SECONDS = 60 * 60 * 24 * 14;

/** The part of the auth setup that needs no database: shared by the proxy and the server. */
export const authConfig = {
  secret: config.AUTH_SECRET,
  trustHost: true,
  session: { strategy: 'jwt', maxAge: IDLE_SECONDS },
  pages: { signIn: '/login' },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id && user.role) {
        token.sub = user.id;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion ?? 0;
        token.authTime = Date.now();
      }
      // However often it is refreshed, a session ends 30 days after its sign-in.
      if (typeof token.authTime !== 'number' || Date.now() - token.authTime >= SESSION_MAX_AGE_MS)
        return null;
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? '';
      session.user.role = token.role as Role;
      return session;
    },
  },
} satisfies NextAuthConfig;
