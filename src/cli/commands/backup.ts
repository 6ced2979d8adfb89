/**
 * `objector backup FILE` and `objector restore FILE [--force]`: an encrypted
 * backup of the whole store, and its restore. Actions in ../actions/backup.ts.
 */
import type { Command } from 'commander';
import { lazy } from './lazy.ts';

const actions = () => import('../actions/backup.ts');

export function register(program: Command): void {
  program
    .command('backup')
    .description('write an encrypted backup of the whole store to FILE (refuses to overwrite)')
    .argument('<file>')
    .action(lazy(actions, 'backup'));

  program
    .command('restore')
    .description(
      'restore a backup made by `objector backup` (needs the same key file; the store must be empty)',
    )
    .argument('<file>')
    .option('--force', 'replace everything in a store that already holds data')
    .action(lazy(actions, 'restore'));
}
