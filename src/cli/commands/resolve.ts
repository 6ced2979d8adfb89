/**
 * `objector resolve persons FILE.jsonl`: clusters person mentions. Action in
 * ../actions/resolve.ts.
 */
import type { Command } from 'commander';
import { lazy } from './lazy.ts';

/** Registers `resolve persons`. */
export function register(program: Command): void {
  const resolve = program.command('resolve').description('resolve mentions to records (persons)');
  resolve
    .command('persons')
    .description('cluster person mentions (JSON lines: id, name, age, unit, region, date) into persons')
    .argument('<file>', 'mentions as JSON lines ("-" for stdin)')
    .option('--review', 'also print review candidates (pairs not merged but close) on stderr')
    .action(lazy(() => import('../actions/resolve.ts'), 'persons'));
}
