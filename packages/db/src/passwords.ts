import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt cost parameters at OWASP's current recommendation (N=2^17, r=8, p=1): 128 MiB of memory
 * per hash (128 · N · r bytes). Hashes made with other parameters still verify and are replaced
 * at the next successful sign-in (see needsRehash).
 */
const N = 2 ** 17;
const R = 8;
const P = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 64;
/** Parameters read back from a stored hash are bounded, so a tampered row cannot exhaust memory. */
const MAX_MEMORY = 256 * 1024 * 1024;

function derive(
  password: string,
  salt: Buffer,
  keyLength: number,
  options: ScryptOptions,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      salt,
      keyLength,
      { ...options, maxmem: MAX_MEMORY },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_BYTES, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

/** False for a wrong password and for anything that is not a hash this module wrote. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [cost, blockSize, parallelism] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4]!, 'base64');
  const expected = Buffer.from(parts[5]!, 'base64');
  const sane =
    Number.isInteger(cost) &&
    cost > 1 &&
    (cost & (cost - 1)) === 0 &&
    Number.isInteger(blockSize) &&
    blockSize >= 1 &&
    blockSize <= 32 &&
    Number.isInteger(parallelism) &&
    parallelism >= 1 &&
    parallelism <= 16 &&
    128 * cost * blockSize <= MAX_MEMORY &&
    salt.length > 0 &&
    expected.length >= 16;
  if (!sane) return false;
  try {
    const actual = await derive(password, salt, expected.length, {
      N: cost,
      r: blockSize,
      p: parallelism,
    });
    return timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}

/** True when a stored hash was made with weaker (or other) parameters than hashPassword uses now. */
export function needsRehash(encoded: string): boolean {
  const parts = encoded.split('$');
  return (
    parts[0] !== 'scrypt' ||
    Number(parts[1]) !== N ||
    Number(parts[2]) !== R ||
    Number(parts[3]) !== P
  );
}
