/**
 * The keyring: versioned data keys for field encryption plus one stable MAC
 * key for keyed hashes (blind indexes, audit seals). Pure values: loading and
 * saving live in key-file.ts, so nothing here touches the disk.
 *
 * Why two kinds of key: data keys rotate (a new version encrypts, old versions
 * still decrypt until everything is re-encrypted); the MAC key does not,
 * because a blind index must give the same value for the same input forever,
 * or every lookup column would have to be rebuilt from decrypted plaintext in
 * one go. The price: whoever steals the MAC key can test guesses (a name, a
 * phone number) against every blind index, past and future, until an operator
 * rebuilds the indexes with a new key.
 */
import { randomBytes } from 'node:crypto';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { SecurityError } from '../errors.ts';

/** Every key is 32 bytes: XChaCha20-Poly1305 keys and HMAC-SHA256 keys alike. */
export const KEY_BYTES = 32;

export interface Keyring {
  /** The version new ciphertexts are made with: the highest one. */
  readonly current: number;
  /** Data keys by version (1, 2, ...). */
  readonly dataKeys: ReadonlyMap<number, Uint8Array>;
  /** Stable root of the keyed hashes; never used directly, only through `deriveMacKey`. */
  readonly macKey: Uint8Array;
}

/** The JSON shape of a key file (format 1). Keys are base64. */
export interface KeyFileJson {
  format: 1;
  current: number;
  dataKeys: Record<string, string>;
  macKey: string;
}

/** Source of random bytes; tests may pass a deterministic one. */
export type RandomBytes = (n: number) => Uint8Array;

const systemRandom: RandomBytes = (n) => new Uint8Array(randomBytes(n));

/** A new keyring with data key version 1 and a fresh MAC key. */
export function generateKeyring(random: RandomBytes = systemRandom): Keyring {
  return makeKeyring(1, new Map([[1, random(KEY_BYTES)]]), random(KEY_BYTES));
}

/**
 * A keyring with a new current data key (version = highest + 1). Old
 * versions stay, so existing ciphertexts remain readable; the MAC key is kept.
 */
export function rotateKeyring(keyring: Keyring, random: RandomBytes = systemRandom): Keyring {
  const next = Math.max(...keyring.dataKeys.keys()) + 1;
  const dataKeys = new Map(keyring.dataKeys);
  dataKeys.set(next, random(KEY_BYTES));
  return makeKeyring(next, dataKeys, keyring.macKey);
}

/**
 * A keyring without `version`, once no ciphertext uses it any more (after
 * `reencrypt` has run over every table). The current version cannot be retired.
 */
export function retireKeyVersion(keyring: Keyring, version: number): Keyring {
  if (version === keyring.current) {
    throw new SecurityError('key_version_unknown', 'the current key version cannot be retired; rotate first');
  }
  const dataKeys = new Map(keyring.dataKeys);
  dataKeys.delete(version);
  return makeKeyring(keyring.current, dataKeys, keyring.macKey);
}

/**
 * A keyring derived from one 32-byte master key (the OBJECTOR_KEY variable):
 * data key version 1 and the MAC key come from HKDF with distinct labels.
 * Such a keyring cannot rotate by itself; a deployment that needs rotation
 * puts a whole key file (base64 of its JSON) into OBJECTOR_KEY instead.
 */
export function keyringFromMasterKey(master: Uint8Array): Keyring {
  if (master.length !== KEY_BYTES)
    throw new SecurityError('key_env_invalid', 'the master key must be 32 bytes');
  const derive = (label: string) => hkdf(sha256, master, undefined, utf8ToBytes(label), KEY_BYTES);
  return makeKeyring(1, new Map([[1, derive('objector data key v1')]]), derive('objector mac key'));
}

/**
 * A purpose-bound key derived from the MAC key, so a blind index of one
 * column cannot be compared with another column's, nor with audit seals.
 */
export function deriveMacKey(keyring: Keyring, purpose: string): Uint8Array {
  return hkdf(sha256, keyring.macKey, undefined, utf8ToBytes(`objector mac: ${purpose}`), KEY_BYTES);
}

/** The data key of `version`, or a typed error naming the version (never the key). */
export function dataKey(keyring: Keyring, version: number): Uint8Array {
  const key = keyring.dataKeys.get(version);
  if (!key) {
    throw new SecurityError(
      'key_version_unknown',
      `this data was encrypted with key version ${version}, which the key file does not hold; restore the key file that has it`,
    );
  }
  return key;
}

/** The key file JSON for a keyring. */
export function keyringToJson(keyring: Keyring): KeyFileJson {
  const dataKeys: Record<string, string> = {};
  for (const [version, key] of [...keyring.dataKeys].sort((a, b) => a[0] - b[0])) {
    dataKeys[String(version)] = Buffer.from(key).toString('base64');
  }
  return {
    format: 1,
    current: keyring.current,
    dataKeys,
    macKey: Buffer.from(keyring.macKey).toString('base64'),
  };
}

/** Checks and reads key file JSON. Messages name the problem, never a key. */
export function keyringFromJson(value: unknown): Keyring {
  const bad = (why: string) => new SecurityError('key_file_invalid', `the key file is not valid: ${why}`);
  if (typeof value !== 'object' || value === null) throw bad('not a JSON object');
  const json = value as Partial<KeyFileJson>;
  if (json.format !== 1) throw bad('unknown format (expected "format": 1)');
  if (typeof json.dataKeys !== 'object' || json.dataKeys === null) throw bad('"dataKeys" is missing');
  const dataKeys = new Map<number, Uint8Array>();
  for (const [version, encoded] of Object.entries(json.dataKeys)) {
    if (!/^[1-9][0-9]{0,8}$/.test(version))
      throw bad(`data key version "${version}" is not a positive integer`);
    dataKeys.set(Number(version), decodeKey(encoded, bad));
  }
  if (typeof json.current !== 'number' || !dataKeys.has(json.current))
    throw bad('"current" names no data key');
  if (json.current !== Math.max(...dataKeys.keys())) throw bad('"current" is not the highest version');
  return makeKeyring(json.current, dataKeys, decodeKey(json.macKey, bad));
}

function decodeKey(encoded: unknown, bad: (why: string) => Error): Uint8Array {
  if (typeof encoded !== 'string' || !/^[A-Za-z0-9+/]+=*$/.test(encoded)) throw bad('a key is not base64');
  const bytes = new Uint8Array(Buffer.from(encoded, 'base64'));
  if (bytes.length !== KEY_BYTES) throw bad(`a key is not ${KEY_BYTES} bytes`);
  return bytes;
}

function makeKeyring(current: number, dataKeys: Map<number, Uint8Array>, macKey: Uint8Array): Keyring {
  return Object.freeze({ current, dataKeys, macKey });
}
