/**
 * Signing in: throttle first (a locked account or address is refused before
 * any password is checked), then the password (an unknown account costs the
 * same time), then the second factor when the account has one. Successes and
 * failures are audited by account id, never by the name typed (it may be a
 * password typed into the wrong box).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../store/db-types.ts';
import { decryptField } from '../crypto/fields.ts';
import { hashPassword, needsRehash, simulatePasswordCheck, verifyPassword } from '../passwords.ts';
import type { Security } from '../services.ts';
import { throttleKeys } from '../throttle/keys.ts';
import { checkLogin, recordLoginFailure, recordLoginSuccess } from '../throttle/throttle.ts';
import { verifyTotp } from '../totp.ts';
import { createSession } from './sessions.ts';
import { findUser, summarise, type UserRow, type UserSummary } from './users.ts';

export interface LoginInput {
  username: string;
  password: string;
  totp?: string | undefined;
  /** The client's address, for the per-address throttle (only its blind index is stored). */
  address: string;
}

export type LoginResult =
  | { ok: true; user: UserSummary; token: string; csrfToken: string; expiresAt: Date }
  | { ok: false; reason: 'invalid' | 'totp_required' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export async function login(db: Kysely<DB>, security: Security, input: LoginInput): Promise<LoginResult> {
  const now = security.now();
  const keys = throttleKeys(security.keyring, input.username.slice(0, 200), input.address);
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
    // The password was right: ask for the code without counting a failure.
    if (!input.totp) return { ok: false, reason: 'totp_required' };
    if (!(await acceptTotp(db, security, user, input.totp, now))) return failure('totp');
  }
  await recordLoginSuccess(security.throttle, keys);
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

async function acceptTotp(
  db: Kysely<DB>,
  security: Security,
  user: UserRow,
  code: string,
  now: Date,
): Promise<boolean> {
  const secret = decryptField(security.keyring, user.totp_secret as string, {
    table: 'users',
    column: 'totp_secret',
    rowId: user.id,
  });
  const lastUsedStep = user.totp_last_step === null ? null : Number(user.totp_last_step);
  const result = verifyTotp({ secret, token: code.slice(0, 20), now, lastUsedStep });
  if (!result.ok) return false;
  // Only moves forward: two logins racing with the same code cannot both win.
  const updated = await db
    .updateTable('users')
    .set({ totp_last_step: String(result.step) })
    .where('id', '=', user.id)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', String(result.step))]))
    .executeTakeFirst();
  return updated.numUpdatedRows > 0n;
}
