import { badInput } from '../../errors';
import { checkPassword } from '../../password-strength';

/** Refuses a password the strength rule rejects, naming the field and the reason. */
export function requireStrongPassword(field: string, password: string, personal: string[]) {
  const verdict = checkPassword(password, personal);
  if (!verdict.ok) throw badInput(field, verdict.reason);
}
