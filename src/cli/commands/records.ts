/**
 * `objector records [--kind K]`, `records show ID`, `records rebuild`,
 * `records same|different A B` and `records undo A B`: the knowledge base's
 * records, their links, and reversible person decisions.
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import type { EntityKind } from '../../kb/build.ts';
import { loadKbDeps } from '../../kb/lexicon.ts';
import { getRecord, listRecords } from '../../kb/records.ts';
import { decidePersons, rebuildKnowledge, undoPersonDecision } from '../../kb/repository.ts';
import { loadResolver } from '../../kb/resolver.ts';
import { ExitCode } from '../context.ts';
import { commandEnv, withStore } from '../store.ts';

const KINDS = ['person', 'unit', 'place', 'facility', 'organization'];
const actor = () => `cli:${userInfo().username}`;

/** Registers `records`. */
export function register(program: Command): void {
  const records = program
    .command('records')
    .description('knowledge-base records (persons, units, places, facilities, organisations)')
    .option('--kind <kind>', `only this kind (${KINDS.join(', ')})`)
    .option('--limit <n>', 'at most this many', (v) => Number.parseInt(v, 10), 200)
    .option('--json', 'machine-readable output')
    .action(async (opts: { kind?: string; limit: number }, command: Command) => {
      const env = commandEnv(command);
      if (opts.kind && !KINDS.includes(opts.kind)) {
        env.out.error(`--kind must be one of ${KINDS.join(', ')}`);
        process.exit(ExitCode.usage);
      }
      const list = await withStore(env, 'records', (s) =>
        listRecords(s.db, { kind: opts.kind as EntityKind | undefined, limit: opts.limit }),
      );
      env.out.result(
        list,
        () =>
          list
            .map((r) => `${r.id}  ${r.kind.padEnd(12)} ${r.name}  (${r.claims} claims, ${r.sources} sources)`)
            .join('\n') || 'No records: run `objector records rebuild`.',
      );
    });
  records
    .command('show')
    .argument('<id>', 'record id')
    .option('--json', 'machine-readable output')
    .action(async (id: string, _o: unknown, command: Command) => {
      const env = commandEnv(command);
      const r = await withStore(env, 'records', (s) => getRecord(s.db, id));
      if (!r) {
        env.out.error('no record with that id');
        process.exit(ExitCode.notFound);
      }
      env.out.result(r, () =>
        [
          `${r.kind} ${r.name} (${r.key})`,
          ...r.links.map(
            (l) =>
              `  ${l.relation.padEnd(8)} ${l.kind.padEnd(12)} ${l.claimId} ${l.state}  ${l.source.title ?? l.source.id}${l.source.outlet ? ` — ${l.source.outlet}` : ''}`,
          ),
        ].join('\n'),
      );
    });
  records
    .command('rebuild')
    .description('rebuild every record and link from the current claims and decisions')
    .option('--json', 'machine-readable output')
    .action(async (_o: unknown, command: Command) => {
      const env = commandEnv(command);
      const r = await withStore(env, 'records', (s) =>
        rebuildKnowledge(s.db, loadKbDeps(), loadResolver(), actor()),
      );
      env.out.result(r, () => `${r.entities} records, ${r.links} links, ${r.review} person pairs to review`);
    });
  for (const decision of ['same', 'different'] as const) {
    records
      .command(decision)
      .description(
        `record that two person mentions (claim ids) are ${decision === 'same' ? 'the same person' : 'different persons'}`,
      )
      .arguments('<a> <b>')
      .option('--json', 'machine-readable output')
      .action(async (a: string, b: string, _o: unknown, command: Command) => {
        const env = commandEnv(command);
        const r = await withStore(env, 'records', (s) =>
          decidePersons(s.db, loadKbDeps(), loadResolver(), { a, b, decision, actor: actor() }),
        );
        env.out.result(r, () => `recorded; ${r.entities} records now`);
      });
  }
  records
    .command('undo')
    .description('remove a same/different decision on two person mentions')
    .arguments('<a> <b>')
    .option('--json', 'machine-readable output')
    .action(async (a: string, b: string, _o: unknown, command: Command) => {
      const env = commandEnv(command);
      const r = await withStore(env, 'records', (s) =>
        undoPersonDecision(s.db, loadKbDeps(), loadResolver(), { a, b, actor: actor() }),
      );
      env.out.result(r, () => `undone; ${r.entities} records now`);
    });
}
