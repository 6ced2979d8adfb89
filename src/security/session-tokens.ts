/**
 * Session and CSRF tokens. The browser holds the token; the database holds
 * only its SHA-256 (sessions.id, sessions.csrf_token_hash), so a copy of the
 * sessions table cannot be used to log in. Tokens are 256 random bits, so an
 * unsalted fast hash is enough: there is nothing to guess.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export interface NewSession {
  /** For the cookie (HttpOnly, Secure, SameSite=Strict). Never stored or logged. */
  token: string;
  /** sessions.id */
  tokenHash: string;
  /** For the page (a header on every state-changing request). */
  csrfToken: string;
  /** sessions.csrf_token_hash */
  csrfHash: string;
}

/** A fresh session token and CSRF token, with the hashes to store. */
export function newSessionTokens(): NewSession {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token), csrfToken, csrfHash: hashToken(csrfToken) };
}

/** The stored form of a token: SHA-256, hex. Look sessions up by `hashToken(cookie)`. */
export function hashToken(token: string): string {
  return bytesToHex(sha256(utf8ToBytes(token)));
}

/** True when `presented` hashes to `storedHash`, compared in constant time. */
export function tokenMatches(presented: string, storedHash: string): boolean {
  const a = Buffer.from(hashToken(presented), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The CSRF token of a session, derived from its session token (HMAC-SHA256
 * keyed by the token). Only its hash is stored (sessions.csrf_token_hash);
 * deriving it lets `GET /api/auth/session` hand the page its token again
 * after a reload, which a stored-hash-only random token could not. Without
 * the cookie (256 random bits) it cannot be computed.
 */
export function csrfTokenFor(sessionToken: string): string {
  return Buffer.from(hmac(sha256, utf8ToBytes(sessionToken), utf8ToBytes('objector csrf v1'))).toString(
    'base64url',
  );
}
