import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { verifyCredentials } from '@sixstep/api';
import { getDatabase } from '@/server/database';
import { authConfig } from './auth.config';

const credentialsSchema = z.object({
  email: z.string().trim().email().max(254),
  password: z.string().min(1).max(200),
});

/** One message for unknown e-mails, wrong passwords and throttled attempts: nothing leaks. */
class InvalidLogin extends CredentialsSignin {
  override code = 'invalid';
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: {
        email: { label: 'E-mail', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidLogin();
        const { db } = await getDatabase();
        const user = await verifyCredentials(db, parsed.data, new Date());
        if (!user) throw new InvalidLogin();
        return { id: user.id, email: user.email, name: user.name, role: user.role };
      },
    }),
  ],
});
