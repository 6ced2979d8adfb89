/**
 * `objector claims`: list stored claims; `objector claim accept|reject|reset|edit ID`:
 * review them from the command line; `objector reextract`: run the current
 * extractor over every stored source, keeping human decisions. Actions in
 * ../actions/claims.ts.
 */
import type { Command } from 'commander';
import { CLAIM_KINDS, CLAIM_STATES } from '../../claims/kinds.ts';
import { lazy } from './lazy.ts';

const actions = () => import('../actions/claims.ts');

export function register(program: Command): void {
  program
    .command('claims')
    .description('list extracted claims and their review state')
    .option('--source <id>', 'only claims of this source')
    .option('--kind <kind>', `only this kind (${CLAIM_KINDS.join(', ')})`)
    .option('--state <state>', `only this state (${CLAIM_STATES.join(', ')})`)
    .option('--limit <n>', 'at most this many', (v) => Number.parseInt(v, 10), 1000)
    .action(lazy(actions, 'listClaims'));

  const claim = program.command('claim').description('review one claim');
  for (const action of ['accept', 'reject', 'reset'] as const) {
    claim
      .command(action)
      .description(`${action} a claim`)
      .argument('<id>', 'claim id, as `objector claims` lists it')
      .action((id: string, _o: unknown, command: Command) => lazy(actions, 'review')(command, id, action));
  }
  claim
    .command('edit')
    .description('correct a claim: --set field=value (value parsed as JSON when it can be)')
    .argument('<id>', 'claim id')
    .requiredOption('--set <field=value...>', 'fields to change')
    .action((id: string, opts: { set: string[] }, command: Command) =>
      lazy(actions, 'review')(command, id, 'edit', opts.set),
    );

  program
    .command('reextract')
    .description('run the current extractor over every stored source (human decisions are kept)')
    .action(lazy(actions, 'reextract'));
}
