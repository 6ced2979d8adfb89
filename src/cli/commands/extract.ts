/**
 * `objector extract`: claims from input files, as FORMAT.md JSON (with offsets
 * and rules). Action in ../actions/extract.ts.
 */
import type { Command } from 'commander';
import { lazy } from './lazy.ts';

/** Registers `extract` on the program. */
export function register(program: Command): void {
  program
    .command('extract')
    .description('extract claims (figures, units, places, people, organizations, events) from input files')
    .argument(
      '<files...>',
      '.txt, .md, .html, Telegram result.json or .csv files; the id is the file name without extension (NAME-ITEMKEY for each item of a multi-source file)',
    )
    .option(
      '--out <dir>',
      'write DIR/NAME.json (NAME-ITEMKEY.json for multi-source files) instead of printing',
    )
    .option(
      '--published <date>',
      'publication date (YYYY-MM-DD) that relative dates resolve against; overrides the one in the file',
    )
    .action(lazy(() => import('../actions/extract.ts'), 'extractFiles'));
}
