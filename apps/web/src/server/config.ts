import { z } from 'zod';

// `next build` loads server modules too; the secret is needed only by the running server.
const isProduction =
  process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build';

const configSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  AUTH_SECRET: isProduction
    ? z
        .string({ error: 'AUTH_SECRET is required in production (e.g. `openssl rand -base64 32`)' })
        .min(32, 'AUTH_SECRET must be at least 32 characters')
    : z.string().min(1).default('sixstep-development-secret-not-for-production-use'),
  APP_URL: z.string().url().default('http://localhost:3000'),
  SMTP_URL: z.string().optional(),
  /** 32 bytes, base64: seals two-factor secrets at rest (AES-256-GCM). */
  TOTP_ENCRYPTION_KEY: isProduction
    ? z
        .string({
          error: 'TOTP_ENCRYPTION_KEY is required in production (e.g. `openssl rand -base64 32`)',
        })
        .refine(
          (value) => Buffer.from(value, 'base64').length === 32,
          'TOTP_ENCRYPTION_KEY must be 32 bytes in base64 (`openssl rand -base64 32`)',
        )
    : z
        .string()
        .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes in base64')
        .optional(),
  /** How many proxies in front of the app append to X-Forwarded-For (0: the peer is the client). */
  TRUSTED_PROXY_COUNT: z.coerce
    .number()
    .int('TRUSTED_PROXY_COUNT must be a whole number')
    .min(0)
    .max(10)
    .default(0),
});

export type AppConfig = z.infer<typeof configSchema>;

/** Read once at start; a bad or missing production setting stops the server with a clear message. */
function loadConfig(): AppConfig {
  const parsed = configSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `  ${i.path.join('.')}: ${i.message}`)
      .join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return parsed.data;
}

export const config = loadConfig();
