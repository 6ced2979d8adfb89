/**
 * `objector audit verify`: checks the whole audit log (hash chain, seals
 * under the key file, and the anchor kept outside the database). Exit 0 when
 * intact; 1 naming the first bad entry and why.
 */
import type { Command } from 'commander';
import { ExitCode } from '../context.ts';
import { commandEnv, refuseWhileServing, withSecureStore } from '../store.ts';

const WHY: Record<string, string> = {
  altered: 'its content no longer matches its hash (edited)',
  missing: 'it is missing (deleted)',
  broken_link: 'it does not follow the entry before it (removed, reordered or rewritten)',
  bad_seal: 'its seal is wrong (the chain was recomputed without the key)',
  truncated: 'the log ends before the anchor (its tail was cut off)',
  anchor_mismatch: 'it differs from the anchor kept outside the database (rewritten)',
};

export function register(program: Command): void {
  const audit = program.command('audit').description('the audit log');
  audit
    .command('verify')
    .description('verify the audit log; exit 1 naming the first bad entry')
    .action(async (_opts: unknown, command: Command) => {
      const env = commandEnv(command);
      refuseWhileServing(env);
      await withSecureStore(env, 'audit verify', async (store, security) => {
        const result = await security.audit.verify(store.db);
        if (result.ok) {
          env.out.result(result, () => `audit log intact: ${result.entries} entries`);
          return;
        }
        env.out.result(
          result,
          () => `audit log damaged at entry ${result.firstBad}: ${WHY[result.reason] ?? result.reason}`,
        );
        process.exitCode = ExitCode.partial;
      });
    });
}
