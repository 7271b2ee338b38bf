import type { HttpClient } from './http';
import type { Ledger } from './ledger';
import type { Recorder } from './recorder';

/** What every virtual user shares: the server, the HTTP pool, the figures and the write ledger. */
export interface LoadContext {
  baseUrl: string;
  http: HttpClient;
  recorder: Recorder;
  ledger: Ledger;
  /** The server's date (UTC), fixed for the run. */
  today: string;
}

/** One user: `step` is one thing they do (save a day, open a client…); the runner repeats it. */
export interface VirtualUser {
  role: 'client' | 'coach' | 'admin';
  step(): Promise<void>;
}

export const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
export const between = (min: number, max: number) =>
  min + Math.floor(Math.random() * (max - min + 1));
