/**
 * Encrypted backups of the whole store: a logical dump (dump.ts), compressed
 * and encrypted (container.ts); restore checks, decrypts and loads it in one
 * transaction (restore.ts).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../store/db-types.ts';
import type { Keyring } from '../crypto/keyring.ts';
import { openBackup, sealBackup } from './container.ts';
import { dumpStore } from './dump.ts';
import { type RestoreReport, restoreStore } from './restore.ts';

export { BackupError } from './container.ts';

const untyped = (db: Kysely<DB>) => db as unknown as Kysely<unknown>;

export async function createBackup(db: Kysely<DB>, keyring: Keyring, now: Date): Promise<Uint8Array> {
  return sealBackup(keyring, new TextEncoder().encode(await dumpStore(untyped(db), now)));
}

export async function restoreBackup(
  db: Kysely<DB>,
  keyring: Keyring,
  file: Uint8Array,
  options: { force?: boolean } = {},
): Promise<RestoreReport> {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(openBackup(keyring, file));
  return restoreStore(untyped(db), text, options);
}

/** The dump of a store as text: for comparing a store before and after a round trip. */
export function dumpText(db: Kysely<DB>, now: Date): Promise<string> {
  return dumpStore(untyped(db), now);
}
