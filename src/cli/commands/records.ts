/**
 * `objector records [--kind K]`, `records show ID`, `records rebuild`,
 * `records same|different A B` and `records undo A B`: the knowledge base's
 * records, their links, and reversible person decisions. Actions in
 * ../actions/records.ts.
 */
import type { Command } from 'commander';
import { lazy } from './lazy.ts';

/** The kinds of record `--kind` accepts. */
export const RECORD_KINDS = ['person', 'unit', 'place', 'facility', 'organization'];

const actions = () => import('../actions/records.ts');

/** Registers `records`. */
export function register(program: Command): void {
  const records = program
    .command('records')
    .description('knowledge-base records (persons, units, places, facilities, organisations)')
    .option('--kind <kind>', `only this kind (${RECORD_KINDS.join(', ')})`)
    .option('--limit <n>', 'at most this many', (v) => Number.parseInt(v, 10), 200)
    .option('--names', 'show the names of private individuals (soldiers, relatives)')
    .action(lazy(actions, 'listRecords'));
  records
    .command('show')
    .description('one record with every claim and source that mentions it (private names need --names)')
    .argument('<id>', 'record id')
    .option('--names', 'show the names of private individuals (soldiers, relatives)')
    .action(lazy(actions, 'showRecord'));
  records
    .command('rebuild')
    .description('rebuild every record and link from the current claims and decisions')
    .action(lazy(actions, 'rebuild'));
  for (const decision of ['same', 'different'] as const) {
    records
      .command(decision)
      .description(
        `record that two person mentions (claim ids) are ${decision === 'same' ? 'the same person' : 'different persons'}`,
      )
      .arguments('<a> <b>')
      .action((a: string, b: string, _o: unknown, command: Command) =>
        lazy(actions, 'decide')(a, b, decision, command),
      );
  }
  records
    .command('undo')
    .description('remove a same/different decision on two person mentions')
    .arguments('<a> <b>')
    .action(lazy(actions, 'undo'));
}
