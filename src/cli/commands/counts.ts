/** `objector counts [--json]`: lower-bound counts per group. Action in ../actions/counts.ts. */
import type { Command } from 'commander';
import { lazy } from './lazy.ts';

/** Registers `counts`. */
export function register(program: Command): void {
  program
    .command('counts')
    .description('lower-bound counts by event type, unit, place and month (see docs/counting.md)')
    .option('--type <type>', 'only this event type')
    .option('--json', 'machine-readable output')
    .action(lazy(() => import('../actions/counts.ts'), 'counts'));
}
