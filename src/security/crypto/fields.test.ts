import { describe, expect, it } from 'vitest';
import { SecurityError } from '../errors.ts';
import {
  ciphertextPrefix,
  decryptField,
  encryptField,
  isEncryptedField,
  keyVersionOf,
  reencrypt,
} from './fields.ts';
import { generateKeyring, retireKeyVersion, rotateKeyring } from './keyring.ts';

const here = { table: 'persons', column: 'name', rowId: 'p-1' };

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof SecurityError ? error.code : `not a SecurityError: ${String(error)}`;
  }
  return undefined;
}

describe('field encryption', () => {
  const keyring = generateKeyring();

  it('round-trips text in both scripts, and the empty string', () => {
    for (const text of ['Invented Name', 'Придуманное Имя, 1999 г.р.', '', 'x'.repeat(1000)]) {
      const stored = encryptField(keyring, text, here);
      expect(isEncryptedField(stored)).toBe(true);
      expect(stored).not.toContain(text || '\u0000');
      expect(decryptField(keyring, stored, here)).toBe(text);
    }
  });

  it('uses a fresh nonce each time: equal plaintexts give different ciphertexts', () => {
    expect(encryptField(keyring, 'same', here)).not.toBe(encryptField(keyring, 'same', here));
  });

  it('pads, so lengths 1 and 30 look the same', () => {
    expect(encryptField(keyring, 'a', here).length).toBe(encryptField(keyring, 'a'.repeat(30), here).length);
  });

  it('rejects a ciphertext with any byte changed', () => {
    const stored = encryptField(keyring, 'secret', here);
    const body = Buffer.from(stored.split(':')[2]!, 'base64url');
    for (const index of [0, 23, 24, body.length - 1]) {
      const altered = Buffer.from(body);
      altered[index]! ^= 1;
      const tampered = `${ciphertextPrefix(keyring.current)}${altered.toString('base64url')}`;
      expect(codeOf(() => decryptField(keyring, tampered, here))).toBe('decrypt_failed');
    }
    expect(codeOf(() => decryptField(keyring, stored.slice(0, -4), here))).toBe('decrypt_failed');
    expect(codeOf(() => decryptField(keyring, 'plain text', here))).toBe('decrypt_failed');
  });

  it('rejects a ciphertext moved to another row, column or table', () => {
    const stored = encryptField(keyring, 'secret', here);
    for (const other of [
      { ...here, rowId: 'p-2' },
      { ...here, column: 'nickname' },
      { ...here, table: 'cases' },
    ]) {
      expect(codeOf(() => decryptField(keyring, stored, other))).toBe('decrypt_failed');
    }
  });

  it('rejects a relabelled key version and another keyring', () => {
    const rotated = rotateKeyring(keyring);
    const stored = encryptField(rotated, 'secret', here);
    const relabelled = stored.replace(/^enc1:2:/, 'enc1:1:');
    expect(codeOf(() => decryptField(rotated, relabelled, here))).toBe('decrypt_failed');
    expect(codeOf(() => decryptField(generateKeyring(), encryptField(keyring, 's', here), here))).toBe(
      'decrypt_failed',
    );
  });

  it('keeps old data readable after rotation and re-encrypts it under the new key', () => {
    const old = encryptField(keyring, 'before rotation', here);
    const rotated = rotateKeyring(keyring);
    expect(rotated.current).toBe(2);
    expect(decryptField(rotated, old, here)).toBe('before rotation');
    const fresh = reencrypt(rotated, old, here);
    expect(keyVersionOf(fresh)).toBe(2);
    expect(fresh.startsWith(ciphertextPrefix(2))).toBe(true);
    expect(reencrypt(rotated, fresh, here)).toBe(fresh);
    const retired = retireKeyVersion(rotated, 1);
    expect(decryptField(retired, fresh, here)).toBe('before rotation');
    expect(codeOf(() => decryptField(retired, old, here))).toBe('key_version_unknown');
    expect(codeOf(() => retireKeyVersion(rotated, 2))).toBe('key_version_unknown');
  });

  it('never puts key material or plaintext into error messages', () => {
    const stored = encryptField(keyring, 'secret value', here);
    try {
      decryptField(keyring, stored, { ...here, rowId: 'other' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).not.toContain('secret');
      expect(message).not.toContain(Buffer.from(keyring.dataKeys.get(1)!).toString('base64'));
    }
  });
});
