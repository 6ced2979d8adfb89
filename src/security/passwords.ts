/**
 * Passwords: argon2id (hash-wasm, WebAssembly) with the parameters written
 * into the stored hash (PHC string format), so they can be raised later
 * without breaking old hashes: `needsRehash` tells the login code to store a
 * fresh hash after a successful login.
 */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { argon2id } from 'hash-wasm';
import { isCommonPassword } from './common-passwords.ts';
import { SecurityError } from './errors.ts';

export interface Argon2Params {
  /** Memory in KiB. */
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/**
 * 64 MiB, 3 passes, 1 lane: above OWASP's minimum for argon2id (19 MiB, t=2)
 * and about a tenth of a second to a few tenths on a small server. Each login
 * holds 64 MiB while it runs: the server should limit concurrent checks.
 */
export const DEFAULT_ARGON2: Readonly<Argon2Params> = Object.freeze({
  memoryKiB: 65536,
  iterations: 3,
  parallelism: 1,
});

const SALT_BYTES = 16;
const HASH_BYTES = 32;
/** Longer inputs are refused before hashing: a megabyte "password" is an attack, not a password. */
export const MAX_PASSWORD_LENGTH = 1024;
export const MIN_PASSWORD_LENGTH = 12;

const PHC = /^\$argon2id\$v=19\$m=(\d{1,8}),t=(\d{1,4}),p=(\d{1,3})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

interface ParsedHash {
  params: Argon2Params;
  salt: Buffer;
  hash: Buffer;
}

/**
 * Why a new password is refused, or null when it is acceptable: too short,
 * too long, or on a list of common (leaked) passwords, give or take digits
 * and symbols around it.
 */
export function checkNewPassword(password: string): 'too_short' | 'too_long' | 'common' | null {
  const normalised = normalise(password);
  const length = [...normalised].length;
  if (length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (length > MAX_PASSWORD_LENGTH) return 'too_long';
  if (isCommonPassword(normalised)) return 'common';
  return null;
}

/** The argon2id hash of `password` in PHC format (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`). */
export async function hashPassword(password: string, params: Argon2Params = DEFAULT_ARGON2): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(password, salt, params);
  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64').replace(/=+$/, '');
  return `$argon2id$v=19$m=${params.memoryKiB},t=${params.iterations},p=${params.parallelism}$${b64(salt)}$${b64(hash)}`;
}

/**
 * True when `password` matches `stored`. The comparison takes the same time
 * wherever the first differing byte is. Throws `password_hash_invalid` when
 * `stored` is not an argon2id hash (a data problem, not a wrong password).
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (password.length > MAX_PASSWORD_LENGTH * 4) return false;
  const candidate = await derive(password, parsed.salt, parsed.params);
  const same = candidate.length === parsed.hash.length && timingSafeEqual(candidate, parsed.hash);
  return same && password.length > 0;
}

/** True when `stored` was made with parameters other than `params`: hash again after a good login. */
export function needsRehash(stored: string, params: Argon2Params = DEFAULT_ARGON2): boolean {
  const current = parseHash(stored).params;
  return (
    current.memoryKiB !== params.memoryKiB ||
    current.iterations !== params.iterations ||
    current.parallelism !== params.parallelism
  );
}

/**
 * Spends the time of one password check. Call it when the account does not
 * exist, so response times do not tell an attacker which usernames exist.
 */
export async function simulatePasswordCheck(
  password: string,
  params: Argon2Params = DEFAULT_ARGON2,
): Promise<false> {
  await derive(password, randomBytes(SALT_BYTES), params);
  return false;
}

/** Letters and digits that cannot be confused when read aloud or copied by hand (no 0/o, 1/l/i). */
const ONE_TIME_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A random password for the first admin account, or an admin reset: 20
 * characters in groups of five (about 99 bits), to be changed at first login.
 */
export function generateOneTimePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = '';
    for (let i = 0; i < 5; i++) group += ONE_TIME_ALPHABET[randomInt(ONE_TIME_ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/** NFKC, so the same password typed on two keyboards (composed or decomposed letters) matches. */
function normalise(password: string): string {
  return password.normalize('NFKC');
}

async function derive(password: string, salt: Uint8Array, params: Argon2Params): Promise<Buffer> {
  const hash = await argon2id({
    // hash-wasm refuses empty input; an empty password is hashed as one NUL byte
    // (so it costs the same) and verifyPassword never accepts it.
    password: password.length === 0 ? Buffer.alloc(1) : Buffer.from(normalise(password), 'utf8'),
    salt,
    iterations: params.iterations,
    parallelism: params.parallelism,
    memorySize: params.memoryKiB,
    hashLength: HASH_BYTES,
    outputType: 'binary',
  });
  return Buffer.from(hash);
}

function parseHash(stored: string): ParsedHash {
  const match = PHC.exec(stored);
  if (!match) {
    throw new SecurityError(
      'password_hash_invalid',
      'a stored password hash is not in argon2id format; reset the password',
    );
  }
  const [, m, t, p, salt, hash] = match;
  return {
    params: { memoryKiB: Number(m), iterations: Number(t), parallelism: Number(p) },
    salt: Buffer.from(salt!, 'base64'),
    hash: Buffer.from(hash!, 'base64'),
  };
}
