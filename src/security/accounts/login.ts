/**
 * Signing in: a turn at the gate (a few password checks at once, queued per
 * account and address), then the throttle (a locked or paused account or
 * address is refused before any password is checked), then the password (an
 * unknown account costs the same time), then the second factor when the
 * account has one. A right password without the right code gets the answer
 * of a wrong password, so a guessed password is never confirmed on its own.
 * Successes and failures are audited by account id, never by the name typed
 * (it may be a password typed into the wrong box).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../store/db-types.ts';
import { hashPassword, needsRehash, simulatePasswordCheck, verifyPassword } from '../passwords.ts';
import type { Security } from '../services.ts';
import { throttleKeys } from '../throttle/keys.ts';
import type { LoginGate } from '../throttle/login-gate.ts';
import {
  checkLogin,
  recordLoginFailure,
  recordLoginSuccess,
  type ThrottleKeys,
} from '../throttle/throttle.ts';
import { consumeTotpCode } from './second-factor.ts';
import { createSession } from './sessions.ts';
import { findUser, summarise, type UserSummary } from './users.ts';

export interface LoginInput {
  username: string;
  password: string;
  totp?: string | undefined;
  /** The client's address, for the per-address throttle (only its blind index is stored). */
  address: string;
}

export type LoginResult =
  | { ok: true; user: UserSummary; token: string; csrfToken: string; expiresAt: Date }
  /** Wrong name, password or code, or a right password without its code: one answer for all. */
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export interface LoginOptions {
  /** Limits concurrent password checks (one per server process); none in tests of other things. */
  gate?: LoginGate;
}

/** Signs in; see the module comment for the order of the checks. */
export async function login(
  db: Kysely<DB>,
  security: Security,
  input: LoginInput,
  options: LoginOptions = {},
): Promise<LoginResult> {
  const keys = throttleKeys(security.keyring, input.username.slice(0, 200), input.address);
  const turn = options.gate ? await options.gate.enter(keys) : { ok: true as const, release() {} };
  if (!turn.ok) return { ok: false, reason: 'throttled', retryAfterSeconds: turn.retryAfterSeconds };
  try {
    return await checkCredentials(db, security, input, keys);
  } finally {
    turn.release();
  }
}

async function checkCredentials(
  db: Kysely<DB>,
  security: Security,
  input: LoginInput,
  keys: ThrottleKeys,
): Promise<LoginResult> {
  const now = security.now();
  const gate = await checkLogin(security.throttle, keys, now);
  // Refused before any work, and not audited: a flood of throttled requests must not flood the log.
  if (!gate.allowed) return { ok: false, reason: 'throttled', retryAfterSeconds: gate.retryAfterSeconds };

  const user = await findUser(db, input.username);
  const failure = async (why: string): Promise<LoginResult> => {
    const next = await recordLoginFailure(security.throttle, keys, now, security.throttlePolicy);
    await security.audit.record(db, {
      actor: user?.id ?? 'anonymous',
      action: 'login_failed',
      targetKind: user ? 'users' : null,
      targetId: user?.id ?? null,
      details: { reason: why },
    });
    if (!next.allowed) return { ok: false, reason: 'throttled', retryAfterSeconds: next.retryAfterSeconds };
    return { ok: false, reason: 'invalid' };
  };

  if (!user || user.disabled || (user.locked_until && user.locked_until > now)) {
    await simulatePasswordCheck(input.password, security.argon2);
    return failure(user ? 'disabled' : 'unknown_account');
  }
  if (!(await verifyPassword(input.password, user.password_hash))) return failure('password');
  if (user.totp_secret) {
    // Counted and answered like a wrong password: "right password, now the code" would confirm a guess.
    if (!input.totp) return failure('totp_missing');
    if (!(await consumeTotpCode(db, security, user, input.totp))) return failure('totp');
  }
  await recordLoginSuccess(security.throttle, keys, now, security.throttlePolicy);
  if (needsRehash(user.password_hash, security.argon2)) {
    const fresh = await hashPassword(input.password, security.argon2);
    await db.updateTable('users').set({ password_hash: fresh }).where('id', '=', user.id).execute();
  }
  return db.transaction().execute(async (trx) => {
    const session = await createSession(trx, user.id, now);
    await security.audit.record(trx, {
      actor: user.id,
      action: 'login',
      targetKind: 'users',
      targetId: user.id,
    });
    return { ok: true as const, user: summarise(user), ...session };
  });
}
