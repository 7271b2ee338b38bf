import { createHash, randomUUID } from 'node:crypto';
import type { Context, CreateContextOptions } from './context';
import { logger } from './infra/logger';
import { createMailer } from './infra/mailer';

export { appRouter, type AppRouter } from './root';
export { createCallerFactory } from './trpc';
export type { Context, Role, SessionClaims } from './context';
export { logger } from './infra/logger';
export * from './schemas/catalog';
export * from './schemas/accounts';
export * from './schemas/clients';
export * from './schemas/programs';
export {
  signInWithPassword,
  type SignInResult,
  type SignedInUser,
} from './services/auth/sign-in-with-password';
export { THROTTLE } from './services/auth/throttle';
export { clientAddress } from './services/auth/client-address';
export { sessionStatus } from './services/auth/session-status';
export { recordAudit, type AuditEntry } from './services/audit/record-audit';
export { eventStreamResponse } from './services/events/event-stream';
export { photoResponse, uploadPhotoResponse } from './services/photos/photo-routes';

const defaultMailer = createMailer();

/** Development and tests only: the web server passes the configured key (required in production). */
const DEVELOPMENT_TWO_FACTOR_KEY = createHash('sha256')
  .update('sixstep-development-totp-key')
  .digest();

export function createContext(options: CreateContextOptions): Context {
  const requestId = options.requestId ?? randomUUID();
  return {
    requestId,
    log: options.log ?? logger.child({ requestId }),
    mailer: options.mailer ?? defaultMailer,
    baseUrl: options.baseUrl ?? process.env.APP_URL ?? 'http://localhost:3000',
    now: options.now ?? (() => new Date()),
    twoFactorKey: options.twoFactorKey ?? DEVELOPMENT_TWO_FACTOR_KEY,
    ...options,
  };
}
export { appDatabase } from './infra/app-database';
