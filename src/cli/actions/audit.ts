/**
 * The action of `objector audit verify` (declared in ../commands/audit.ts): checks the whole audit log (hash chain, seals
 * under the key file, and the anchor kept outside the database, with its
 * MAC). Exit 0 when intact, with a warning when no trustworthy anchor vouches
 * for the log's end; 1 naming the first bad entry (or a forged anchor) and why.
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

/** What to tell the operator when the anchor cannot vouch for the log's end. */
function anchorWarning(status: string | undefined, path: string): string | null {
  if (status === 'missing') {
    return (
      `warning: there is no audit anchor (${path}) for this log, so a cut-off tail would go unnoticed; ` +
      'if nobody removed it, compare with an off-site copy; once checked, `--new-anchor` starts a new one'
    );
  }
  if (status === 'unsigned') {
    return `warning: the audit anchor ${path} has no MAC (written by an older version); it is replaced by a signed one at the next write`;
  }
  return null;
}

/** `audit verify`. */
export async function verify(opts: { newAnchor?: boolean }, command: Command): Promise<void> {
  const env = commandEnv(command);
  refuseWhileServing(env);
  await withSecureStore(env, 'audit verify', async (store, security) => {
    const result = await security.audit.verify(store.db);
    const anchorPath = env.config.security.auditAnchorPath;
    if (result.ok) {
      env.out.result(result, () => `audit log intact: ${result.entries} entries`);
      const warning = anchorWarning(result.anchor, anchorPath);
      // On stderr even with --json: the JSON carries it as `anchor`, a person needs the sentence.
      if (warning) process.stderr.write(`${warning}\n`);
      if (opts.newAnchor && result.anchor === 'missing') {
        await security.audit.saveAnchor(store.db, { renew: true });
        process.stderr.write(`a new audit anchor was written to ${anchorPath}\n`);
      }
      return;
    }
    env.out.result(result, () =>
      result.reason === 'anchor_forged'
        ? `audit anchor ${anchorPath} forged: its MAC does not match this key file (the log's own chain is intact)`
        : `audit log damaged at entry ${result.firstBad}: ${WHY[result.reason] ?? result.reason}`,
    );
    process.exitCode = ExitCode.partial;
  });
}
