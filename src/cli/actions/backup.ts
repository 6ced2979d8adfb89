/**
 * The actions of `objector backup FILE` and `objector restore FILE [--force]`
 * (declared in ../commands/backup.ts). The backup is encrypted with a key
 * derived from the key file (see src/security/backup/container.ts): keep the
 * key file, offline and apart, or the backup cannot be read. Restore needs
 * that same key file, and an empty store unless --force.
 */
import { closeSync, constants, openSync, readFileSync, writeSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { BackupError, createBackup, restoreBackup } from '../../security/backup/index.ts';
import { SecurityError } from '../../security/errors.ts';
import { loadKeyring } from '../../security/keys/load.ts';
import { createSecurity } from '../../security/services.ts';
import { ExitCode } from '../context.ts';
import { commandEnv, refuseWhileServing, withSecureStore, withStore } from '../store.ts';

const actor = () => `cli:${userInfo().username}`.slice(0, 100);

/** `backup FILE`. */
export async function backup(file: string, _opts: unknown, command: Command): Promise<void> {
  const env = commandEnv(command);
  refuseWhileServing(env);
  await withSecureStore(env, 'backup', async (store, security) => {
    // Audited before the dump, so the backup holds its own record.
    await security.audit.record(store.db, { actor: actor(), action: 'export', targetKind: 'backup' });
    const bytes = await createBackup(store.db, security.keyring, security.now());
    writeNewFile(file, bytes);
    env.out.result({ file, bytes: bytes.length }, () => `wrote ${file} (${bytes.length} bytes, encrypted)`);
  });
}

/** `restore FILE [--force]`. */
export async function restore(file: string, opts: { force?: boolean }, command: Command): Promise<void> {
  const env = commandEnv(command);
  refuseWhileServing(env);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    env.out.error(`cannot read ${file}`);
    process.exit(ExitCode.notFound);
  }
  await withStore(env, 'restore', async (store) => {
    try {
      const { keyring } = loadKeyring(env.config.security.key);
      const report = await restoreBackup(store.db, keyring, bytes, { force: !!opts.force });
      // The restored log came sealed under this key file: anchor it here, so later commands
      // do not read the new anchor path's emptiness as a deleted anchor.
      const anchorPath = env.config.security.auditAnchorPath;
      await createSecurity(store.db, { keyring, anchorPath }).audit.saveAnchor(store.db, { renew: true });
      env.out.result(report, () => `restored ${report.rows} rows in ${report.tables} tables`);
    } catch (error) {
      if (!(error instanceof BackupError || error instanceof SecurityError)) throw error;
      env.out.error(error.message);
      process.exitCode = ExitCode.usage;
    }
  });
}

/** Creates FILE with mode 0600, refusing to replace an existing file (a backup is never overwritten by accident). */
function writeNewFile(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  try {
    writeSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
}
