import type { Role } from './context';

/** The signed-in user a service acts for (from `ctx.user`, already re-read from the database). */
export interface Actor {
  id: string;
  role: Role;
}
