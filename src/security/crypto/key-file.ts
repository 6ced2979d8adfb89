/**
 * Loading and saving the keyring: a JSON key file readable only by its owner
 * (mode 0600), or the OBJECTOR_KEY environment variable. Keys never go into
 * the database: a copy of the database alone must be useless ciphertext.
 */
import { constants, readFileSync, statSync } from 'node:fs';
import { SecurityError } from '../errors.ts';
import { replacePrivateFile, writePrivateFile } from '../private-file.ts';
import {
  generateKeyring,
  KEY_BYTES,
  type Keyring,
  keyringFromJson,
  keyringFromMasterKey,
  keyringToJson,
  type RandomBytes,
} from './keyring.ts';

export interface LoadKeyFileOptions {
  /** Create a new key file (mode 0600) when there is none. Default false. */
  create?: boolean;
  /** Randomness for a new keyring; tests only. */
  random?: RandomBytes;
}

export interface LoadedKeyring {
  keyring: Keyring;
  /** True when this call created the key file: tell the operator to back it up. */
  created: boolean;
}

/**
 * Reads the key file at `path`, creating it when asked. Refuses a file that
 * group or others can read or write, as ssh does with private keys.
 */
export function loadKeyFile(path: string, options: LoadKeyFileOptions = {}): LoadedKeyring {
  let text: string;
  try {
    checkPermissions(path);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (isNotFound(error) && options.create) return createKeyFile(path, options);
    if (error instanceof SecurityError) throw error;
    const why = isNotFound(error) ? 'does not exist' : 'cannot be read';
    throw new SecurityError('key_file_invalid', `the key file ${path} ${why}`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SecurityError('key_file_invalid', `the key file ${path} is not valid JSON`);
  }
  return { keyring: keyringFromJson(json), created: false };
}

/**
 * Replaces the key file with `keyring` atomically: written to a temporary
 * file (0600) in the same folder, flushed, then renamed over the old one, so
 * a crash leaves either the old or the new keyring, never half of one.
 */
export function saveKeyFile(path: string, keyring: Keyring): void {
  replacePrivateFile(path, serialise(keyring));
}

/**
 * The keyring in OBJECTOR_KEY: base64 of a 32-byte master key (one data key
 * version, no rotation), or base64 of a whole key file (rotation possible).
 */
export function keyringFromEnvValue(value: string): Keyring {
  const trimmed = value.trim();
  if (!/^[A-Za-z0-9+/]+=*$/.test(trimmed)) {
    throw new SecurityError(
      'key_env_invalid',
      'OBJECTOR_KEY is not base64; create one with `openssl rand -base64 32`',
    );
  }
  const bytes = Buffer.from(trimmed, 'base64');
  if (bytes.length === KEY_BYTES) return keyringFromMasterKey(new Uint8Array(bytes));
  try {
    return keyringFromJson(JSON.parse(bytes.toString('utf8')));
  } catch (error) {
    if (error instanceof SecurityError && error.code === 'key_file_invalid') {
      throw new SecurityError('key_env_invalid', `OBJECTOR_KEY holds an invalid key file: ${error.message}`);
    }
    throw new SecurityError(
      'key_env_invalid',
      'OBJECTOR_KEY is neither a 32-byte key nor a key file, in base64',
    );
  }
}

function createKeyFile(path: string, options: LoadKeyFileOptions): LoadedKeyring {
  const keyring = generateKeyring(options.random);
  try {
    writeNew(path, serialise(keyring), constants.O_EXCL);
  } catch (error) {
    // Another process created it first (O_EXCL): use theirs, never overwrite a key file.
    if (((error as SecurityError).cause as NodeJS.ErrnoException | undefined)?.code === 'EEXIST') {
      return loadKeyFile(path);
    }
    throw error;
  }
  return { keyring, created: true };
}

function serialise(keyring: Keyring): string {
  return `${JSON.stringify(keyringToJson(keyring), null, 2)}\n`;
}

/** Creates (or truncates) a file with mode 0600 from the first byte: no window where it is world-readable. */
function writeNew(path: string, text: string, flag: number): void {
  try {
    writePrivateFile(path, text, flag);
  } catch (error) {
    throw new SecurityError('key_file_invalid', `the key file ${path} cannot be created`, { cause: error });
  }
}

function checkPermissions(path: string): void {
  const stat = statSync(path);
  if (!stat.isFile())
    throw new SecurityError('key_file_invalid', `the key file ${path} is not a regular file`);
  // Windows has no POSIX modes; there the folder's ACL is what protects the file.
  if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
    throw new SecurityError(
      'key_file_permissions',
      `the key file ${path} can be read or changed by other users; run \`chmod 600 ${path}\``,
    );
  }
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}
