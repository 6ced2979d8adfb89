/** `objector counts`: lower-bound counts per group, with the claims and sources that carry them and why. */
import type { Command } from 'commander';
import { countFromStore } from '../../counts/load.ts';
import { loadKbDeps } from '../../kb/lexicon.ts';
import { loadResolver } from '../../kb/resolver.ts';
import { commandEnv, withStore } from '../store.ts';
import { safeField as f } from '../terminal.ts';

export async function counts(opts: { type?: string }, command: Command): Promise<void> {
  const env = commandEnv(command);
  const result = await withStore(env, 'counts', (store) =>
    countFromStore(store.db, loadKbDeps(), loadResolver()),
  );
  const groups = result.groups.filter((g) => !opts.type || g.key.type === opts.type);
  env.out.result({ groups, facts: result.facts, excluded: result.excluded, names: result.names }, () => {
    const dim = (d: string | null) => (d === '*' ? '*' : d === null ? '-' : f(result.names[d] ?? d));
    return (
      groups
        .map(
          (g) =>
            `${g.key.type.padEnd(18)} ${dim(g.key.unit)} | ${dim(g.key.place)} | ${dim(g.key.month)}  ≥ ${g.lowerBound}  (${g.evidence}; ${g.sources.length} sources)`,
        )
        .join('\n') || 'No counts.'
    );
  });
}
