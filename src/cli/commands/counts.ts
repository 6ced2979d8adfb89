/** `objector counts [--json]`: lower-bound counts per group. Action in ../actions/counts.ts. */
import type { Command } from 'commander';
import { lazy } from './lazy.ts';

/** Registers `counts`. */
export function register(program: Command): void {
  program
    .command('counts')
    .description(
      'lower-bound counts per event type, then by unit, place and month (--json: every group; see docs/counting.md)',
    )
    .option('--type <type>', 'only this event type')
    .action(lazy(() => import('../actions/counts.ts'), 'counts'));
}
