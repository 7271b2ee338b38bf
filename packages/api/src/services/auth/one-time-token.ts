import { createHash, randomBytes } from 'node:crypto';

/** A fresh 256-bit token for a link, and the sha256 that is the only thing stored of it. */
export function createOneTimeToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashOneTimeToken(token) };
}

/** A token has 256 random bits, so a fast hash suffices: a leaked table yields no usable link. */
export const hashOneTimeToken = (token: string) => createHash('sha256').update(token).digest('hex');
