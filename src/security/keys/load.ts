/**
 * The keyring of a configured deployment, and the check that it belongs to
 * the store it is used with. Keys live outside the database (a key file or
 * OBJECTOR_KEY); the store keeps only a small encrypted check value, so the
 * wrong key file fails loudly at start instead of producing undecryptable
 * data, and a lost key file is not silently replaced by a new one.
 */
import type { Kysely } from 'kysely';
import type { KeySource } from '../../config/config.ts';
import type { DB } from '../../store/db-types.ts';
import { getMeta, setMeta } from '../../store/meta.ts';
import { blindIndex } from '../crypto/blind-index.ts';
import { decryptField, encryptField, type FieldContext } from '../crypto/fields.ts';
import { keyringFromEnvValue, type LoadedKeyring, loadKeyFile } from '../crypto/key-file.ts';
import type { Keyring } from '../crypto/keyring.ts';
import { SecurityError } from '../errors.ts';

/** The meta row holding the check value (an encrypted constant and a blind index of it). */
export const KEY_CHECK_META = 'key_check';
export const KEY_CHECK_CONTEXT: FieldContext = { table: 'meta', column: 'value', rowId: KEY_CHECK_META };
const CHECK_PLAINTEXT = 'objector key check';

interface KeyCheck {
  data: string;
  mac: string;
}

/**
 * Reads the keyring from OBJECTOR_KEY or the key file. `create` makes a new
 * key file (mode 0600) when there is none: pass it only for a store that has
 * no encrypted data yet (see `ensureStoreKey`).
 */
export function loadKeyring(source: KeySource, options: { create?: boolean } = {}): LoadedKeyring {
  if (source.kind === 'env') return { keyring: keyringFromEnvValue(source.value), created: false };
  return loadKeyFile(source.path, { create: options.create ?? false });
}

/**
 * Opens the keyring for `db`: checks it against the store's check value, or,
 * on a store that has none yet (a new store), creates the key file if needed
 * and records the check value. Throws `key_file_invalid` when the keys do not
 * belong to this store.
 */
export async function ensureStoreKey(db: Kysely<DB>, source: KeySource): Promise<LoadedKeyring> {
  const check = await getMeta<KeyCheck>(db, KEY_CHECK_META);
  const loaded = loadKeyring(source, { create: !check });
  if (check) {
    verifyKeyCheck(loaded.keyring, check);
  } else {
    await setMeta(db, KEY_CHECK_META, makeKeyCheck(loaded.keyring));
  }
  return loaded;
}

/** The check value for `keyring` (under its current data key). */
export function makeKeyCheck(keyring: Keyring): KeyCheck {
  return {
    data: encryptField(keyring, CHECK_PLAINTEXT, KEY_CHECK_CONTEXT),
    mac: blindIndex(keyring, CHECK_PLAINTEXT, 'key-check'),
  };
}

function verifyKeyCheck(keyring: Keyring, check: KeyCheck): void {
  const wrong = () =>
    new SecurityError(
      'key_file_invalid',
      'the keys (key file or OBJECTOR_KEY) do not belong to this database; use the key file made with it',
    );
  if (blindIndex(keyring, CHECK_PLAINTEXT, 'key-check') !== check.mac) throw wrong();
  try {
    if (decryptField(keyring, check.data, KEY_CHECK_CONTEXT) !== CHECK_PLAINTEXT) throw wrong();
  } catch (error) {
    if (error instanceof SecurityError && error.code === 'key_version_unknown') throw error;
    throw wrong();
  }
}
