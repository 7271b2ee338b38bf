import { SESSION_MAX_AGE_MS } from '@sixstep/domain';
import type { SessionClaims } from '../../context';

/**
 * A session is current when it was made with the user's present session version and role and
 * is younger than the absolute lifetime. Sign-out-everywhere, password changes and resets,
 * deactivation and role changes all make older sessions fail this.
 */
export function isSessionCurrent(
  claims: SessionClaims,
  user: { sessionVersion: number; role: string },
  now: Date,
): boolean {
  return (
    claims.sessionVersion === user.sessionVersion &&
    claims.role === user.role &&
    Number.isFinite(claims.authTime) &&
    now.getTime() - claims.authTime < SESSION_MAX_AGE_MS
  );
}
