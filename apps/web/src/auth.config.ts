import type { NextAuthConfig, DefaultSession } from 'next-auth';
import type { Role } from '@sixstep/api';
import { config } from '@/server/config';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: Role } & DefaultSession['user'];
  }
  interface User {
    role?: Role;
  }
}

/** The part of the auth setup that needs no database: shared by the proxy and the server. */
export const authConfig = {
  secret: config.AUTH_SECRET,
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 60 * 60 * 24 * 14 },
  pages: { signIn: '/login' },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id && user.role) {
        token.sub = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? '';
      session.user.role = token.role as Role;
      return session;
    },
  },
} satisfies NextAuthConfig;
