/**
 * The backup file: `OBJBAK1\n`, a one-line JSON header in the clear (format
 * and algorithms only, nothing about the data), then XChaCha20-Poly1305 over
 * the gzip of the payload, with the header as associated data.
 *
 * The key is derived (HKDF) from the keyring's stable MAC key, not from a
 * passphrase: the rows inside carry fields encrypted under the keyring's data
 * keys, so a backup is of no use without the key file anyway, and one secret
 * to keep safe (offline, apart from the backups) is better than two. The MAC
 * key does not rotate, so old backups stay readable after `keys rotate`; the
 * data key versions their fields use must still be in the key file (do not
 * retire a version while backups made under it are kept).
 */
import { randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { deriveMacKey, type Keyring } from '../crypto/keyring.ts';

const MAGIC = 'OBJBAK1\n';
const NONCE_BYTES = 24;

export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(
    readonly code: 'backup_invalid' | 'backup_key' | 'store_not_empty' | 'schema_mismatch',
    message: string,
  ) {
    super(message);
  }
}

export function sealBackup(keyring: Keyring, payload: Uint8Array): Uint8Array {
  const header = utf8ToBytes(
    `${JSON.stringify({ format: 1, cipher: 'xchacha20poly1305', key: 'keyring-hkdf', compression: 'gzip' })}\n`,
  );
  const nonce = new Uint8Array(randomBytes(NONCE_BYTES));
  const sealed = xchacha20poly1305(backupKey(keyring), nonce, aad(header)).encrypt(gzipSync(payload));
  return Buffer.concat([Buffer.from(MAGIC), header, nonce, sealed]);
}

export function openBackup(keyring: Keyring, file: Uint8Array): Uint8Array {
  const bytes = Buffer.from(file);
  if (bytes.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) {
    throw new BackupError('backup_invalid', 'this is not an objector backup file');
  }
  const end = bytes.indexOf(0x0a, MAGIC.length);
  if (end < 0 || end - MAGIC.length > 1000)
    throw new BackupError('backup_invalid', 'the backup header is damaged');
  const header = bytes.subarray(MAGIC.length, end + 1);
  const nonce = bytes.subarray(end + 1, end + 1 + NONCE_BYTES);
  let compressed: Uint8Array;
  try {
    compressed = xchacha20poly1305(backupKey(keyring), nonce, aad(header)).decrypt(
      bytes.subarray(end + 1 + NONCE_BYTES),
    );
  } catch {
    throw new BackupError(
      'backup_key',
      'the backup cannot be decrypted: it was made with another key file, or it was altered',
    );
  }
  return gunzipSync(compressed);
}

function backupKey(keyring: Keyring): Uint8Array {
  return deriveMacKey(keyring, 'backup-v1');
}

function aad(header: Uint8Array): Uint8Array {
  return Buffer.concat([Buffer.from(MAGIC), header]);
}
