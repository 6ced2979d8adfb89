/**
 * Turning the second factor on and off. Enrolment is two steps without
 * server-side state: the server proposes a secret; the client shows it (QR
 * code) and sends it back with a code from the app; only a secret proven to
 * be in the app is stored, encrypted and bound to the user's row. Storing
 * one (first or replacement) needs the owner's confirmation (reauth.ts):
 * with a session alone, a thief could put the account's second factor on
 * their own phone.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../store/db-types.ts';
import { encryptField } from '../crypto/fields.ts';
import type { Security } from '../services.ts';
import { generateTotpSecret, totpUri, verifyTotp } from '../totp.ts';
import { AccountError } from './errors.ts';
import type { OwnerConfirmation } from './reauth.ts';

/** A new secret and its otpauth:// URI. The issuer is neutral on purpose (a phone may be searched). */
export function proposeTotp(username: string, issuer = 'Notes'): { secret: string; uri: string } {
  const secret = generateTotpSecret();
  return { secret, uri: totpUri({ secret, issuer, label: username }) };
}

export async function enableTotp(
  db: Kysely<DB>,
  security: Security,
  input: { userId: string; secret: string; code: string; confirmation: OwnerConfirmation },
): Promise<void> {
  if (input.confirmation.userId !== input.userId)
    throw new AccountError('wrong_password', 'confirm with the password or a current code first');
  if (!/^[A-Z2-7]{16,128}=*$/.test(input.secret))
    throw new AccountError('invalid_totp', 'the secret is malformed');
  const check = verifyTotp({
    secret: input.secret,
    token: input.code,
    now: security.now(),
    lastUsedStep: null,
  });
  if (!check.ok)
    throw new AccountError('invalid_totp', 'the code does not match; check the clock of the device');
  const sealed = encryptField(security.keyring, input.secret, {
    table: 'users',
    column: 'totp_secret',
    rowId: input.userId,
  });
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ totp_secret: sealed, totp_last_step: String(check.step), updated_at: security.now() })
      .where('id', '=', input.userId)
      .execute();
    await security.audit.record(trx, {
      actor: input.userId,
      action: 'totp_enabled',
      targetKind: 'users',
      targetId: input.userId,
      details: { confirmed_by: input.confirmation.kind },
    });
  });
}

/** Removes the second factor (the user's own request, or an admin's for a lost phone). */
export async function disableTotp(db: Kysely<DB>, security: Security, userId: string, actor: string) {
  await db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('users')
      .set({ totp_secret: null, totp_last_step: null, updated_at: security.now() })
      .where('id', '=', userId)
      .executeTakeFirst();
    if (done.numUpdatedRows === 0n) throw new AccountError('not_found', 'no such account');
    await security.audit.record(trx, {
      actor,
      action: 'totp_disabled',
      targetKind: 'users',
      targetId: userId,
    });
  });
}
