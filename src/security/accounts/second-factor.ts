/**
 * Checking a code of an account's second factor, and using it up: a code is
 * accepted once (the step it belongs to is stored), so a code seen over a
 * shoulder or in a proxy's log cannot be played again.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../store/db-types.ts';
import { decryptField } from '../crypto/fields.ts';
import type { Security } from '../services.ts';
import { verifyTotp } from '../totp.ts';
import type { UserRow } from './users.ts';

/** True when `code` is a current, unused code of `user`'s second factor; false without one. */
export async function consumeTotpCode(
  db: Kysely<DB>,
  security: Security,
  user: UserRow,
  code: string,
): Promise<boolean> {
  if (!user.totp_secret) return false;
  const secret = decryptField(security.keyring, user.totp_secret, {
    table: 'users',
    column: 'totp_secret',
    rowId: user.id,
  });
  const lastUsedStep = user.totp_last_step === null ? null : Number(user.totp_last_step);
  const result = verifyTotp({ secret, token: code.slice(0, 20), now: security.now(), lastUsedStep });
  if (!result.ok) return false;
  // Only moves forward: two requests racing with the same code cannot both win.
  const updated = await db
    .updateTable('users')
    .set({ totp_last_step: String(result.step) })
    .where('id', '=', user.id)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', String(result.step))]))
    .executeTakeFirst();
  return updated.numUpdatedRows > 0n;
}
