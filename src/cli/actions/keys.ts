/**
 * The action of `objector keys rotate [--retire]` (declared in
 * ../commands/keys.ts): a new data key, every encrypted value re-encrypted
 * under it (batch by batch; run again after an interruption), and with
 * --retire the old data keys removed from the key file once no value uses
 * them. The key file is saved before anything is re-encrypted, so a crash
 * never leaves values under a key the file does not hold.
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { saveKeyFile } from '../../security/crypto/key-file.ts';
import { type Keyring, retireKeyVersion, rotateKeyring } from '../../security/crypto/keyring.ts';
import { keyVersionsInUse, reencryptAll } from '../../security/keys/rotate.ts';
import { createSecurity } from '../../security/services.ts';
import { ExitCode } from '../context.ts';
import { commandEnv, refuseWhileServing, withSecureStore } from '../store.ts';

/** `keys rotate [--retire]`. */
export async function rotate(opts: { retire?: boolean }, command: Command): Promise<void> {
  const env = commandEnv(command);
  const source = env.config.security.key;
  if (source.kind !== 'file') {
    env.out.error(
      'OBJECTOR_KEY holds the keys: rotate a key file instead (OBJECTOR_KEY_FILE), then encode it again',
    );
    process.exit(ExitCode.usage);
  }
  refuseWhileServing(env);
  await withSecureStore(env, 'keys rotate', async (store, security) => {
    let keyring: Keyring = rotateKeyring(security.keyring);
    saveKeyFile(source.path, keyring);
    const report = await reencryptAll(store.db, keyring);
    let retired: number[] = [];
    if (opts.retire) {
      const inUse = await keyVersionsInUse(store.db);
      retired = [...keyring.dataKeys.keys()].filter((v) => v !== keyring.current && !inUse.has(v));
      for (const version of retired) keyring = retireKeyVersion(keyring, version);
      saveKeyFile(source.path, keyring);
    }
    const rotated = createSecurity(store.db, {
      keyring,
      anchorPath: env.config.security.auditAnchorPath,
    });
    await rotated.audit.record(store.db, {
      actor: `cli:${userInfo().username}`.slice(0, 100),
      action: 'keys_rotated',
      details: { version: keyring.current, rewritten: report.rewritten, retired: retired.length },
    });
    env.out.result(
      { current: keyring.current, rewritten: report.rewritten, retired },
      () =>
        `data key version ${keyring.current} is current; ${report.rewritten} value(s) re-encrypted` +
        (retired.length ? `; retired version(s) ${retired.join(', ')}` : ''),
    );
  });
}
