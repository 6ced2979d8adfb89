import { argon2Verify } from 'hash-wasm';
import { describe, expect, it } from 'vitest';
import { SecurityError } from './errors.ts';
import {
  checkNewPassword,
  DEFAULT_ARGON2,
  generateOneTimePassword,
  hashPassword,
  needsRehash,
  simulatePasswordCheck,
  verifyPassword,
} from './passwords.ts';

// Cheap parameters for speed; the defaults are checked separately, once.
const fast = { memoryKiB: 1024, iterations: 1, parallelism: 1 };

describe('passwords', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery', fast);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
    expect(await verifyPassword('', await hashPassword('', fast))).toBe(false);
  });

  it('salts: the same password hashes differently twice', async () => {
    expect(await hashPassword('same password', fast)).not.toBe(await hashPassword('same password', fast));
  });

  it('treats composed and decomposed letters alike (NFKC)', async () => {
    const stored = await hashPassword('пароль ёлка', fast);
    expect(await verifyPassword('пароль ёлка'.normalize('NFD'), stored)).toBe(true);
  });

  it('writes a standard PHC string that another argon2 implementation accepts', async () => {
    const stored = await hashPassword('interoperable', fast);
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    expect(await argon2Verify({ password: 'interoperable', hash: stored })).toBe(true);
  });

  it('asks for a rehash when parameters change', async () => {
    const stored = await hashPassword('upgrade me please', fast);
    expect(needsRehash(stored, fast)).toBe(false);
    expect(needsRehash(stored)).toBe(true);
  });

  it('uses at least 64 MiB and 3 passes by default', async () => {
    expect(DEFAULT_ARGON2.memoryKiB).toBeGreaterThanOrEqual(65536);
    expect(DEFAULT_ARGON2.iterations).toBeGreaterThanOrEqual(3);
    const stored = await hashPassword('default parameters');
    expect(stored).toContain('$m=65536,t=3,p=1$');
    expect(needsRehash(stored)).toBe(false);
  });

  it('throws a typed error for a stored value that is not argon2id', async () => {
    await expect(verifyPassword('x', '$2b$10$notargon')).rejects.toBeInstanceOf(SecurityError);
    await expect(verifyPassword('x', 'plaintext')).rejects.toMatchObject({ code: 'password_hash_invalid' });
  });

  it('refuses short and absurdly long new passwords', () => {
    expect(checkNewPassword('short')).toBe('too_short');
    expect(checkNewPassword('x'.repeat(2000))).toBe('too_long');
    expect(checkNewPassword('a long enough passphrase')).toBeNull();
  });

  it('refuses common passwords from the leaked-password list, in any case and with digits around', () => {
    for (const password of ['qwertyuiop123', '1q2w3e4r5t6y', 'QwErTy123456', 'password2024!', '123456789012'])
      expect(checkNewPassword(password), password).toBe('common');
    // A short list word inside a longer phrase is fine; only the whole password counts.
    expect(checkNewPassword('my dragon sleeps at noon')).toBeNull();
  });

  it('simulates a check for unknown accounts', async () => {
    expect(await simulatePasswordCheck('anything', fast)).toBe(false);
  });

  it('generates one-time passwords that are random, readable and long enough', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const password = generateOneTimePassword();
      expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
      expect(password).not.toMatch(/[01ilo]/);
      expect(checkNewPassword(password)).toBeNull();
      seen.add(password);
    }
    expect(seen.size).toBe(50);
  });
});
