/**
 * Proving, within a session, that the person at the keyboard is the
 * account's owner before something that outlives the session (a new
 * password, a new or removed second factor): the password, or a current code
 * of the second factor the account already has. A stolen session cookie
 * alone proves neither. Wrong answers count against the account exactly as
 * failed sign-ins do (same throttle keys), so a session is not a second,
 * unthrottled way to guess the password.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../store/db-types.ts';
import { verifyPassword } from '../passwords.ts';
import type { Security } from '../services.ts';
import { throttleKeys } from '../throttle/keys.ts';
import type { LoginGate } from '../throttle/login-gate.ts';
import { checkLogin, recordLoginFailure } from '../throttle/throttle.ts';
import { consumeTotpCode } from './second-factor.ts';
import { getUserById } from './users.ts';

export interface OwnerProof {
  password?: string | undefined;
  /** A current code of the account's existing second factor. */
  code?: string | undefined;
}

/** Evidence that the owner of `userId` just proved it; required by enableTotp. */
export interface OwnerConfirmation {
  readonly userId: string;
  readonly kind: 'password' | 'code';
}

export type ReauthResult =
  | { ok: true; confirmation: OwnerConfirmation }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export interface ReauthInput {
  userId: string;
  proof: OwnerProof;
  /** The client's address, for the per-address throttle. */
  address: string;
  /** Which proofs count: a password change needs the password itself. */
  accept?: ReadonlyArray<'password' | 'code'>;
}

/** Checks the proof; see the module comment. */
export async function confirmOwner(
  db: Kysely<DB>,
  security: Security,
  input: ReauthInput,
  options: { gate?: LoginGate } = {},
): Promise<ReauthResult> {
  const user = await getUserById(db, input.userId);
  if (!user || user.disabled) return { ok: false, reason: 'wrong' };
  const keys = throttleKeys(security.keyring, user.username, input.address);
  const turn = options.gate ? await options.gate.enter(keys) : { ok: true as const, release() {} };
  if (!turn.ok) return { ok: false, reason: 'throttled', retryAfterSeconds: turn.retryAfterSeconds };
  try {
    const now = security.now();
    const gate = await checkLogin(security.throttle, keys, now);
    if (!gate.allowed) return { ok: false, reason: 'throttled', retryAfterSeconds: gate.retryAfterSeconds };
    const accept = input.accept ?? ['password', 'code'];
    const { password, code } = input.proof;
    if (accept.includes('code') && code && (await consumeTotpCode(db, security, user, code))) {
      return { ok: true, confirmation: { userId: user.id, kind: 'code' } };
    }
    if (accept.includes('password') && password && (await verifyPassword(password, user.password_hash))) {
      return { ok: true, confirmation: { userId: user.id, kind: 'password' } };
    }
    const next = await recordLoginFailure(security.throttle, keys, now, security.throttlePolicy);
    if (!next.allowed) return { ok: false, reason: 'throttled', retryAfterSeconds: next.retryAfterSeconds };
    return { ok: false, reason: 'wrong' };
  } finally {
    turn.release();
  }
}
