import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SecurityError } from '../errors.ts';
import { decryptField, encryptField } from './fields.ts';
import { keyringFromEnvValue, loadKeyFile, saveKeyFile } from './key-file.ts';
import { generateKeyring, keyringToJson, rotateKeyring } from './keyring.ts';

const posix = process.platform !== 'win32';
const here = { table: 't', column: 'c', rowId: '1' };

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof SecurityError ? error.code : String(error);
  }
  return undefined;
}

describe('key file', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'objector-keys-'));
    path = join(dir, 'objector-keys.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is created with mode 0600 when asked, and read back the same', () => {
    const first = loadKeyFile(path, { create: true });
    expect(first.created).toBe(true);
    if (posix) expect(statSync(path).mode & 0o777).toBe(0o600);
    const second = loadKeyFile(path);
    expect(second.created).toBe(false);
    expect(keyringToJson(second.keyring)).toEqual(keyringToJson(first.keyring));
  });

  it('is never overwritten: a second create reads the existing file', () => {
    const first = loadKeyFile(path, { create: true });
    const second = loadKeyFile(path, { create: true });
    expect(second.created).toBe(false);
    expect(keyringToJson(second.keyring)).toEqual(keyringToJson(first.keyring));
  });

  it('is not created unless asked', () => {
    expect(codeOf(() => loadKeyFile(path))).toBe('key_file_invalid');
  });

  it.runIf(posix)('is refused when other users can read it', () => {
    loadKeyFile(path, { create: true });
    chmodSync(path, 0o644);
    expect(codeOf(() => loadKeyFile(path))).toBe('key_file_permissions');
  });

  it('is refused when malformed, without quoting its content', () => {
    writeFileSync(path, '{"format":1,"current":1,"dataKeys":{"1":"c2hvcnQ="},"macKey":"x"}', { mode: 0o600 });
    expect(codeOf(() => loadKeyFile(path))).toBe('key_file_invalid');
    writeFileSync(path, 'not json', { mode: 0o600 });
    expect(codeOf(() => loadKeyFile(path))).toBe('key_file_invalid');
  });

  it('is replaced atomically on rotation, keeping mode 0600 and every old key', () => {
    const { keyring } = loadKeyFile(path, { create: true });
    const stored = encryptField(keyring, 'kept', here);
    saveKeyFile(path, rotateKeyring(keyring));
    if (posix) expect(statSync(path).mode & 0o777).toBe(0o600);
    const reloaded = loadKeyFile(path).keyring;
    expect(reloaded.current).toBe(2);
    expect(decryptField(reloaded, stored, here)).toBe('kept');
    expect(JSON.parse(readFileSync(path, 'utf8')).format).toBe(1);
  });
});

describe('OBJECTOR_KEY', () => {
  it('accepts a 32-byte master key, deriving the same keyring each time', () => {
    const value = Buffer.alloc(32, 7).toString('base64');
    const stored = encryptField(keyringFromEnvValue(value), 'x', here);
    expect(decryptField(keyringFromEnvValue(value), stored, here)).toBe('x');
  });

  it('accepts a whole key file in base64', () => {
    const keyring = rotateKeyring(generateKeyring());
    const value = Buffer.from(JSON.stringify(keyringToJson(keyring))).toString('base64');
    expect(keyringFromEnvValue(value).current).toBe(2);
  });

  it('rejects anything else', () => {
    expect(codeOf(() => keyringFromEnvValue('not base64!'))).toBe('key_env_invalid');
    expect(codeOf(() => keyringFromEnvValue(Buffer.alloc(16).toString('base64')))).toBe('key_env_invalid');
  });
});
