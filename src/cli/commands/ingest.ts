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
    // One document's details (a .txt or .md file carries none); ignored for files holding several.
    .option('--outlet <name>', 'the outlet that published it')
    .option('--published <date>', 'its publication date: YYYY-MM-DD, YYYY-MM or YYYY')
    .option('--url <address>', 'where it was published (http or https)')
    .option('--author <name>', 'who wrote it')
    .addHelpText('after', '\nWith --json: {"added", "duplicates", "nearDuplicates", "failed"}.')
    .action(lazy(() => import('../actions/ingest.ts'), 'ingest'));
}
