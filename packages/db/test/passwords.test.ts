import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, verifyPassword } from '../src/passwords';

describe('password hashing', () => {
  it('encodes scrypt with its parameters, a 16-byte salt and a 64-byte key', async () => {
    const hash = await hashPassword('correct horse battery staple');
    const [algorithm, n, r, p, salt, key] = hash.split('$');
    expect([algorithm, n, r, p]).toEqual(['scrypt', '131072', '8', '1']);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64')).toHaveLength(64);
  });

  it('accepts the password and nothing else', async () => {
    const hash = await hashPassword('sixstep-demo');
    expect(await verifyPassword('sixstep-demo', hash)).toBe(true);
    expect(await verifyPassword('sixstep-demo ', hash)).toBe(false);
    expect(await verifyPassword('Sixstep-demo', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    const [a, b] = await Promise.all([hashPassword('same'), hashPassword('same')]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same', a)).toBe(true);
    expect(await verifyPassword('same', b)).toBe(true);
  });

  it('handles non-ASCII passwords, whichever way the accent is composed', async () => {
    const hash = await hashPassword('mot de passe élevé');
    expect(await verifyPassword('mot de passe e\u0301leve\u0301', hash)).toBe(true);
  });

  it('rejects hashes that were tampered with or are not scrypt hashes', async () => {
    const hash = await hashPassword('sixstep-demo');
    const parts = hash.split('$');
    const flipped = Buffer.from(parts[5]!, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    const tampered = [...parts.slice(0, 5), flipped.toString('base64')].join('$');
    expect(await verifyPassword('sixstep-demo', tampered)).toBe(false);
    for (const bad of [
      '',
      'plain-text',
      'bcrypt$10$x',
      hash.replace('$131072$', '$4194304$'),
      hash.replace('$131072$', '$1000$'),
    ]) {
      expect(await verifyPassword('sixstep-demo', bad), bad).toBe(false);
    }
  });

  it('asks for a new hash when the stored one used older, cheaper parameters', async () => {
    const current = await hashPassword('sixstep-demo');
    expect(needsRehash(current)).toBe(false);
    // What hashPassword wrote before the cost was raised: N=2^14.
    const old = current.replace('$131072$', '$16384$');
    expect(needsRehash(old)).toBe(true);
  });
});
