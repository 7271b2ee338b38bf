import { createHash, randomBytes } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;

/**
 * `xxxx-xxxx-xxxx-xxxx` from 32 characters without look-alikes (no 0/o, 1/l): 16 × 5 = 80 random
 * bits, too many to find from a leaked sha256, so no slow hash is needed.
 */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

export function newRecoveryCode(): string {
  const chars = [...randomBytes(16)].map((b) => ALPHABET[b % 32]);
  return [0, 4, 8, 12].map((at) => chars.slice(at, at + 4).join('')).join('-');
}

/** Codes are typed by people: case, spaces and the dash do not matter. */
export const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, '');

export const hashRecoveryCode = (code: string) =>
  createHash('sha256').update(normaliseRecoveryCode(code)).digest('hex');
