import { createHmac, timingSafeEqual } from 'node:crypto';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { signInWithPassword } from '@sixstep/api';
import { requestAddress } from '@/server/client-address';
import { config } from '@/server/config';
import { getDatabase } from '@/server/database';
import { currentSessionVersion } from '@/server/session-version';
import { twoFactorKey } from '@/server/two-factor-key';
import { authConfig } from './auth.config';

const credentialsSchema = z.object({
  email: z.string().trim().email().max(254),
  password: z.string().min(1).max(200),
  code: z.string().trim().max(40).optional(),
});

/** One message for unknown e-mails, wrong passwords and throttled attempts: nothing leaks. */
class InvalidLogin extends CredentialsSignin {
  override code = 'invalid';
}
/** The password was right; the account needs its second factor. */
class TwoFactorRequired extends CredentialsSignin {
  override code = 'two_factor_required';
}
class TwoFactorInvalid extends CredentialsSignin {
  override code = 'two_factor_invalid';
}

/**
 * Proof, made on the server only, that a session may move to a new version: after the owner
 * changed their password their own session is renewed, every other one stays ended. A browser
 * calling next-auth's session update cannot make one without AUTH_SECRET.
 */
export function sessionRenewal(userId: string, version: number): string {
  return createHmac('sha256', config.AUTH_SECRET)
    .update(`renew:${userId}:${version}`)
    .digest('hex');
}
function isRenewal(userId: string, version: unknown, proof: unknown): version is number {
  if (typeof version !== 'number' || typeof proof !== 'string') return false;
  const expected = Buffer.from(sessionRenewal(userId, version));
  const given = Buffer.from(proof);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth({
  ...authConfig,
  callbacks: {
    ...authConfig.callbacks,
    /**
     * Besides the shared checks, every read of the session on the server compares it with the
     * database: a session made before the user's session version moved (sign-out-everywhere,
     * password change or reset, deactivation, role change) is no session at all, on every page.
     */
    async jwt(params) {
      const token = authConfig.callbacks.jwt(params);
      if (!token?.sub || params.user) return token;
      const renewal =
        params.trigger === 'update' ? (params.session as Record<string, unknown>) : null;
      if (renewal && isRenewal(token.sub, renewal.sessionVersion, renewal.proof))
        token.sessionVersion = renewal.sessionVersion;
      const current = await currentSessionVersion(token.sub);
      if (!current || current.version !== token.sessionVersion || current.role !== token.role)
        return null;
      return token;
    },
  },
  providers: [
    Credentials({
      credentials: {
        email: { label: 'E-mail', type: 'email' },
        password: { label: 'Password', type: 'password' },
        code: { label: 'Code', type: 'text' },
      },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidLogin();
        const { db } = await getDatabase();
        const result = await signInWithPassword(db, parsed.data, {
          address: requestAddress(request.headers),
          now: new Date(),
          twoFactorKey,
        });
        if (!result.ok) {
          if (result.reason === 'two_factor_required') throw new TwoFactorRequired();
          if (result.reason === 'two_factor_invalid') throw new TwoFactorInvalid();
          throw new InvalidLogin();
        }
        const { user } = result;
        return {
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
  ],
});
