/**
 * Field encryption: one sensitive column value in, one self-describing text
 * out, with XChaCha20-Poly1305 (random 192-bit nonces are safe for any number
 * of messages under one key).
 *
 * Stored form: `enc1:<key version>:<base64url(nonce ‖ ciphertext ‖ tag)>`.
 * The associated data binds the ciphertext to its table, column and row id
 * (and the key version), so a ciphertext copied into another row or column
 * fails to decrypt instead of silently showing the wrong person's data.
 * Plaintexts are padded to a multiple of 32 bytes so the stored length says
 * little about the value's length.
 */

import { randomBytes } from 'node:crypto';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { SecurityError } from '../errors.ts';
import { dataKey, type Keyring } from './keyring.ts';

/** Where a value lives: what the ciphertext is bound to. */
export interface FieldContext {
  table: string;
  column: string;
  /** The row's stable id (not a serial that could be reused after a delete). */
  rowId: string;
}

const PREFIX = 'enc1';
const NONCE_BYTES = 24;
const TAG_BYTES = 16;
const PAD_BLOCK = 32;
const PATTERN = /^enc1:([1-9][0-9]{0,8}):([A-Za-z0-9_-]+)$/;

/** Encrypts `plaintext` under the keyring's current key, bound to `context`. */
export function encryptField(keyring: Keyring, plaintext: string, context: FieldContext): string {
  const version = keyring.current;
  const nonce = new Uint8Array(randomBytes(NONCE_BYTES));
  const cipher = xchacha20poly1305(dataKey(keyring, version), nonce, associatedData(context, version));
  const sealed = cipher.encrypt(pad(utf8ToBytes(plaintext)));
  const body = Buffer.concat([nonce, sealed]).toString('base64url');
  return `${PREFIX}:${version}:${body}`;
}

/**
 * Decrypts a value made by `encryptField` for the same context. Throws
 * `decrypt_failed` when it was altered, truncated, or belongs elsewhere, and
 * `key_version_unknown` when its key is not in the keyring.
 */
export function decryptField(keyring: Keyring, stored: string, context: FieldContext): string {
  const { version, body } = parseStored(stored);
  const key = dataKey(keyring, version);
  const cipher = xchacha20poly1305(key, body.subarray(0, NONCE_BYTES), associatedData(context, version));
  let padded: Uint8Array;
  try {
    padded = cipher.decrypt(body.subarray(NONCE_BYTES));
  } catch {
    throw decryptFailed();
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(unpad(padded));
}

/**
 * The same value under the keyring's current key, for the `keys rotate`
 * command. A value already under the current key is returned unchanged, so a
 * rotation that was interrupted can simply be run again.
 */
export function reencrypt(keyring: Keyring, stored: string, context: FieldContext): string {
  if (keyVersionOf(stored) === keyring.current) return stored;
  return encryptField(keyring, decryptField(keyring, stored, context), context);
}

/** The key version a stored value was made with (without decrypting it). */
export function keyVersionOf(stored: string): number {
  return parseStored(stored).version;
}

/**
 * The prefix every value under `version` starts with: lets the rotation
 * command select the rows still to do (`where col not like 'enc1:3:%'`).
 */
export function ciphertextPrefix(version: number): string {
  return `${PREFIX}:${version}:`;
}

/** True when `value` has the shape of an encrypted field (cheap; does not authenticate). */
export function isEncryptedField(value: string): boolean {
  return PATTERN.test(value);
}

function parseStored(stored: string): { version: number; body: Buffer } {
  const match = PATTERN.exec(stored);
  if (!match) throw decryptFailed();
  const body = Buffer.from(match[2]!, 'base64url');
  if (body.length < NONCE_BYTES + TAG_BYTES + PAD_BLOCK) throw decryptFailed();
  return { version: Number(match[1]), body };
}

/** Unambiguous encoding of the context: JSON of an array, so no separator can be smuggled in a field. */
function associatedData(context: FieldContext, version: number): Uint8Array {
  return utf8ToBytes(
    JSON.stringify(['objector-field-v1', context.table, context.column, context.rowId, version]),
  );
}

/** ISO/IEC 7816-4 padding: a 0x80 byte, then zeros up to the next block boundary. */
function pad(bytes: Uint8Array): Uint8Array {
  const length = (Math.floor(bytes.length / PAD_BLOCK) + 1) * PAD_BLOCK;
  const out = new Uint8Array(length);
  out.set(bytes);
  out[bytes.length] = 0x80;
  return out;
}

function unpad(bytes: Uint8Array): Uint8Array {
  let end = bytes.length - 1;
  while (end >= 0 && bytes[end] === 0) end--;
  if (end < 0 || bytes[end] !== 0x80) throw decryptFailed();
  return bytes.subarray(0, end);
}

function decryptFailed(): SecurityError {
  return new SecurityError(
    'decrypt_failed',
    'an encrypted value could not be decrypted: it was altered, truncated, or copied from another record',
    { expected: false },
  );
}
