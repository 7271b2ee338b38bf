import type { Db } from '@sixstep/db';
import type { Logger } from 'pino';
import type { Mailer } from './infra/mailer';

export type Role = 'admin' | 'coach' | 'client';

/** What the session token claims; checked against the database on every call. */
export interface SessionClaims {
  userId: string;
  role: Role;
  /** The user's session version when the session was made; a newer one in the database ends it. */
  sessionVersion: number;
  /** When the person signed in (ms since the epoch): the session's absolute lifetime counts from here. */
  authTime: number;
}

export interface Context {
  db: Db;
  session: SessionClaims | null;
  requestId: string;
  log: Logger;
  mailer: Mailer;
  /** Public base URL, for links in invitations. */
  baseUrl: string;
  /** Injectable clock so expiry and "today" are testable. */
  now: () => Date;
  /** 32-byte AES-256-GCM key sealing two-factor secrets at rest. */
  twoFactorKey: Buffer;
}

export type CreateContextOptions = Pick<Context, 'db' | 'session'> &
  Partial<Omit<Context, 'db' | 'session'>>;
