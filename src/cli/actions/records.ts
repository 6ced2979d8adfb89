/** The actions of `objector records …` (declared in ../commands/records.ts). */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import type { EntityKind } from '../../kb/build.ts';
import { getRecord, listRecords as list } from '../../kb/records.ts';
import { RECORD_KINDS } from '../commands/records.ts';
import { ExitCode } from '../context.ts';
import { commandEnv, withStore } from '../store.ts';
import { safeField as f } from '../terminal.ts';
import { withholdDetailNames, withholdListNames } from './record-names.ts';

const actor = () => `cli:${userInfo().username}`;

/**
 * What rebuilding records needs (the extraction lexicons, the gazetteer, the
 * name resolver): loaded by the commands that change records, not by those
 * that only list or show them.
 */
async function knowledge() {
  const [{ loadKbDeps }, { loadResolver }, repository] = await Promise.all([
    import('../../kb/lexicon.ts'),
    import('../../kb/resolver.ts'),
    import('../../kb/repository.ts'),
  ]);
  return { ...repository, deps: loadKbDeps(), resolver: loadResolver() };
}

export async function listRecords(
  opts: { kind?: string; limit: number; names?: boolean },
  command: Command,
): Promise<void> {
  const env = commandEnv(command);
  if (opts.kind && !RECORD_KINDS.includes(opts.kind)) {
    env.out.error(`--kind must be one of ${RECORD_KINDS.join(', ')}`);
    process.exit(ExitCode.usage);
  }
  const stored = await withStore(env, 'records', (s) =>
    list(s.db, { kind: opts.kind as EntityKind | undefined, limit: opts.limit }),
  );
  const records = opts.names ? stored : withholdListNames(stored);
  env.out.result(
    records,
    () =>
      records
        .map(
          (r) =>
            `${f(r.id)}  ${f(r.kind).padEnd(12)} ${f(r.name)}  (${r.claims} claims, ${r.sources} sources)`,
        )
        .join('\n') || 'No records: run `objector records rebuild`.',
  );
}

export async function showRecord(id: string, opts: { names?: boolean }, command: Command): Promise<void> {
  const env = commandEnv(command);
  const stored = await withStore(env, 'records', (s) => getRecord(s.db, id));
  if (!stored) {
    env.out.error('no record with that id');
    process.exit(ExitCode.notFound);
  }
  // `records` declares --names too, and Commander gives it to the parent: read both.
  const names = opts.names || command.optsWithGlobals<{ names?: boolean }>().names;
  const r = names ? stored : withholdDetailNames(stored);
  env.out.result(r, () =>
    [
      `${f(r.kind)} ${f(r.name)} (${f(r.key)})`,
      ...r.links.map(
        (l) =>
          `  ${f(l.relation).padEnd(8)} ${f(l.kind).padEnd(12)} ${f(l.claimId)} ${f(l.state)}  ${f(l.source.title ?? l.source.id)}${l.source.outlet ? ` — ${f(l.source.outlet)}` : ''}`,
      ),
    ].join('\n'),
  );
}

export async function rebuild(_o: unknown, command: Command): Promise<void> {
  const env = commandEnv(command);
  const r = await withStore(env, 'records', async (s) => {
    const kb = await knowledge();
    return kb.rebuildKnowledge(s.db, kb.deps, kb.resolver, actor());
  });
  env.out.result(r, () => `${r.entities} records, ${r.links} links, ${r.review} person pairs to review`);
}

export async function decide(
  a: string,
  b: string,
  decision: 'same' | 'different',
  command: Command,
): Promise<void> {
  const env = commandEnv(command);
  const r = await withStore(env, 'records', async (s) => {
    const kb = await knowledge();
    return kb.decidePersons(s.db, kb.deps, kb.resolver, { a, b, decision, actor: actor() });
  });
  env.out.result(r, () => `recorded; ${r.entities} records now`);
}

export async function undo(a: string, b: string, _o: unknown, command: Command): Promise<void> {
  const env = commandEnv(command);
  const r = await withStore(env, 'records', async (s) => {
    const kb = await knowledge();
    return kb.undoPersonDecision(s.db, kb.deps, kb.resolver, { a, b, actor: actor() });
  });
  env.out.result(r, () => `undone; ${r.entities} records now`);
}
