/** `objector keys rotate [--retire]`: a new data key. Action in ../actions/keys.ts. */
import type { Command } from 'commander';
import { lazy } from './lazy.ts';

export function register(program: Command): void {
  const keys = program.command('keys').description('encryption keys');
  keys
    .command('rotate')
    .description('make a new data key and re-encrypt every encrypted field with it')
    .option(
      '--retire',
      'afterwards remove old data keys no value uses (old backups then need the old key file)',
    )
    .action(lazy(() => import('../actions/keys.ts'), 'rotate'));
}
