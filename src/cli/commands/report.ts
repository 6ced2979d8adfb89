/** `objector report [--names] [--out FILE]`: a sourced Markdown summary. Action in ../actions/report.ts. */
import type { Command } from 'commander';
import { lazy } from './lazy.ts';

/** Registers `report`. */
export function register(program: Command): void {
  program
    .command('report')
    .description(
      'write a sourced Markdown summary: counts, units, places, people by role (private people pseudonymised)',
    )
    .option('--names', 'show the names of private individuals (soldiers, relatives)')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(lazy(() => import('../actions/report.ts'), 'report'));
}
