/**
 * Blind indexes: a keyed hash of a value's normal form, stored next to the
 * encrypted value so exact-match lookup ("is this phone number already in a
 * case?") works without decrypting every row.
 *
 * Limits, on purpose stated here: equal values give equal indexes, so someone
 * who reads the database learns which rows share a value and how often
 * (frequency), though not the value. Someone who also has the key file can
 * test guesses. An index is a candidate filter: confirm a match by decrypting.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { deriveMacKey, type Keyring } from './keyring.ts';
import { normaliseForIndex } from './normalise.ts';

export interface BlindIndexOptions {
  /** Replaces the default normal form, e.g. digits only for phone numbers. */
  normalise?: (value: string) => string;
}

/**
 * HMAC-SHA256 of the normalised `value` under a key derived for `purpose`
 * (e.g. 'persons.name', 'throttle.ip'), as base64url (43 characters). The
 * same value under two purposes gives unrelated indexes, so columns cannot be
 * joined on their indexes. Uses the stable MAC key: unaffected by rotation.
 */
export function blindIndex(
  keyring: Keyring,
  value: string,
  purpose: string,
  options: BlindIndexOptions = {},
): string {
  const normalised = (options.normalise ?? normaliseForIndex)(value);
  const mac = hmac(sha256, deriveMacKey(keyring, `blind-index:${purpose}`), utf8ToBytes(normalised));
  return Buffer.from(mac).toString('base64url');
}
