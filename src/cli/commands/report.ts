/** `objector report [--names] [--out FILE]`: a sourced Markdown summary of the corpus. */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadKbDeps } from '../../kb/lexicon.ts';
import { loadResolver } from '../../kb/resolver.ts';
import { reportFromStore } from '../../report/from-store.ts';
import { commandEnv, withStore } from '../store.ts';

/** Registers `report`. */
export function register(program: Command): void {
  program
    .command('report')
    .description(
      'write a sourced Markdown summary: counts, units, places, people by role (private people pseudonymised)',
    )
    .option('--names', 'show the names of private individuals (soldiers, relatives)')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (opts: { names?: boolean; out?: string }, command: Command) => {
      const env = commandEnv(command);
      const md = await withStore(env, 'report', (store) =>
        reportFromStore(store.db, loadKbDeps(), loadResolver(), { names: opts.names === true }),
      );
      if (opts.out) writeFileSync(opts.out, md);
      if (env.json) env.out.result({ markdown: md, out: opts.out ?? null }, () => '');
      else if (opts.out) env.out.info(`report written to ${opts.out}`);
      else process.stdout.write(md);
    });
}
