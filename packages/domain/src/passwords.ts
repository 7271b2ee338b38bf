/**
 * What makes a password acceptable. The strength estimate itself comes from a dictionary-based
 * estimator (zxcvbn-ts, in the api package: its dictionaries are data, not rules); the rule about
 * how strong is strong enough lives here, once, for the API and the forms.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn's scale: 0 too guessable … 4 very unguessable; 3 resists an offline attack on a slow hash. */
export const PASSWORD_MIN_SCORE = 3;

export interface PasswordEstimate {
  score: 0 | 1 | 2 | 3 | 4;
  /** The estimator's own explanation of a weakness, if any ("This is a top-100 common password"). */
  warning: string | null;
  suggestions: readonly string[];
}

export type PasswordVerdict = { ok: true } | { ok: false; reason: string };

/** Accepted, or the reason it is not, in words a person can act on. */
export function judgePassword(password: string, estimate: PasswordEstimate): PasswordVerdict {
  if (password.length < PASSWORD_MIN_LENGTH)
    return { ok: false, reason: `Use at least ${PASSWORD_MIN_LENGTH} characters` };
  if (password.length > PASSWORD_MAX_LENGTH)
    return { ok: false, reason: `Use at most ${PASSWORD_MAX_LENGTH} characters` };
  if (estimate.score >= PASSWORD_MIN_SCORE) return { ok: true };
  const why = estimate.warning || 'This password would be easy to guess';
  const hint = estimate.suggestions[0] ?? 'Add a few more unrelated words';
  return { ok: false, reason: `Too easy to guess: ${why.replace(/\.$/, '')}. ${hint}` };
}

/** A word for the meter beside the field. */
export const PASSWORD_STRENGTH_LABELS = [
  'Very weak',
  'Weak',
  'Fair',
  'Strong',
  'Very strong',
] as const;
