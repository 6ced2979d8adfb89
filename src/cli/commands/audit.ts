/** `objector audit verify`: checks the whole audit log. Action in ../actions/audit.ts. */
import type { Command } from 'commander';
import { lazy } from './lazy.ts';

export function register(program: Command): void {
  const audit = program.command('audit').description('the audit log');
  audit
    .command('verify')
    .description('verify the audit log; exit 1 naming the first bad entry')
    .option(
      '--new-anchor',
      'when the log is intact but its anchor file is gone, start a new anchor (recorded in the log)',
    )
    .action(lazy(() => import('../actions/audit.ts'), 'verify'));
}
