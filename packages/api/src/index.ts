import { randomUUID } from 'node:crypto';
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
  verifyCredentials,
  THROTTLE_MAX_FAILURES,
  type SignedInUser,
} from './services/accounts/verify-credentials';
export { recordAudit, type AuditEntry } from './services/audit/record-audit';
export { eventStreamResponse } from './services/events/event-stream';
export { photoResponse, uploadPhotoResponse } from './services/photos/photo-routes';

const defaultMailer = createMailer();

export function createContext(options: CreateContextOptions): Context {
  const requestId = options.requestId ?? randomUUID();
  return {
    requestId,
    log: options.log ?? logger.child({ requestId }),
    mailer: options.mailer ?? defaultMailer,
    baseUrl: options.baseUrl ?? process.env.APP_URL ?? 'http://localhost:3000',
    now: options.now ?? (() => new Date()),
    ...options,
  };
}
export { appDatabase } from './infra/app-database';
