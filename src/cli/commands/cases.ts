/**
 * `objector cases due`: unanswered appeals past or near their legal due date.
 * Action in ../actions/cases.ts.
 */
import type { Command } from 'commander';
import { lazy } from './lazy.ts';

/** Registers `cases`. */
export function register(program: Command): void {
  const cases = program.command('cases').description('case files: appeals and their deadlines');
  cases
    .command('due')
    .description('overdue and soon-due appeals (no names unless --names); exit 0')
    .option(
      '--within <days>',
      'due soon means within this many days (default: each addressee type’s own window)',
    )
    .option('--as-of <date>', 'judge as of this day, YYYY-MM-DD (default: today, UTC)')
    .option('--names', 'also show each case’s title (names people)')
    .action(lazy(() => import('../actions/cases.ts'), 'due'));
}
