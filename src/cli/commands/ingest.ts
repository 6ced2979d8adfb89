/**
 * `objector ingest PATH...`: files and folders into sources. Action in
 * ../actions/ingest.ts.
 */
import type { Command } from 'commander';
import { lazy } from './lazy.ts';

export function register(program: Command): void {
  program
    .command('ingest')
    .description('ingest files and folders (recursive): .txt .md .html, Telegram result.json, .csv')
    .argument('<paths...>', 'files or folders')
    .option('--json', 'print {"added", "duplicates", "nearDuplicates", "failed"} as JSON')
    .action(lazy(() => import('../actions/ingest.ts'), 'ingest'));
}
