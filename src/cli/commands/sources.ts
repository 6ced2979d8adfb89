/** `objector sources` and `objector source ID`: what is stored. Actions in ../actions/sources.ts. */
import type { Command } from 'commander';
import { lazy } from './lazy.ts';

const actions = () => import('../actions/sources.ts');

export function register(program: Command): void {
  program
    .command('sources')
    .description('list the stored sources')
    .option('--language <code>', 'only sources in this language (en, ru, other)')
    .option('--outlet <name>', 'only sources from this outlet')
    .action(lazy(actions, 'listSources'));

  program
    .command('source')
    .description('show one source with its text and metadata')
    .argument('<id>', 'source id, as `objector sources` lists it')
    .action(lazy(actions, 'showSource'));
}
