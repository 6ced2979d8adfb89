/** `objector report [--names] [--out FILE]`: a sourced Markdown summary of the corpus. */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadKbDeps } from '../../kb/lexicon.ts';
import { loadResolver } from '../../kb/resolver.ts';
import { reportFromStore } from '../../report/from-store.ts';
import { commandEnv, withStore } from '../store.ts';
import { safeBlock } from '../terminal.ts';

export async function report(opts: { names?: boolean; out?: string }, command: Command): Promise<void> {
  const env = commandEnv(command);
  const md = await withStore(env, 'report', (store) =>
    reportFromStore(store.db, loadKbDeps(), loadResolver(), { names: opts.names === true }),
  );
  if (opts.out) writeFileSync(opts.out, md);
  if (env.json) env.out.result({ markdown: md, out: opts.out ?? null }, () => '');
  else if (opts.out) env.out.info(`report written to ${opts.out}`);
  // The renderer escapes stored text already; a terminal gets the printer's guard as well.
  else process.stdout.write(safeBlock(md));
}
