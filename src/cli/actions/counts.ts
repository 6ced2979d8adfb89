/**
 * `objector counts`: lower-bound counts per group, with the claims and sources that carry them and why;
 * as text, the groups a person asks about (./counts-format.ts); with --json, every group.
 */
import type { Command } from 'commander';
import { commandEnv } from '../store.ts';
import { formatCounts } from './counts-format.ts';
import { loadCounts } from './counts-load.ts';

export async function counts(opts: { type?: string }, command: Command): Promise<void> {
  const env = commandEnv(command);
  const result = await loadCounts(env);
  const groups = result.groups.filter((g) => !opts.type || g.key.type === opts.type);
  env.out.result({ groups, facts: result.facts, excluded: result.excluded, names: result.names }, () =>
    // Through a running server the API gives no facts: the text then says less about roll-ups.
    formatCounts({ ...result, facts: result.facts ?? [] }, groups),
  );
}
