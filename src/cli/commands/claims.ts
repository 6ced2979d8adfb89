/**
 * `objector claims`: list stored claims; `objector claim accept|reject|reset|edit ID`:
 * review them from the command line; `objector reextract`: run the current
 * extractor over every stored source, keeping human decisions.
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { reextractAll } from '../../claims/extract-source.ts';
import { type ClaimRow, listClaims, ReviewError, reviewClaim } from '../../claims/review.ts';
import { ClaimKind } from '../../claims/schema.ts';
import { ExitCode } from '../context.ts';
import { progressBar } from '../progress.ts';
import { commandEnv, refuseWhileServing, withStore } from '../store.ts';

const actor = () => `cli:${userInfo().username}`;

export function register(program: Command): void {
  program
    .command('claims')
    .description('list extracted claims and their review state')
    .option('--source <id>', 'only claims of this source')
    .option('--kind <kind>', `only this kind (${ClaimKind.options.join(', ')})`)
    .option('--state <state>', 'only this state (suggested, accepted, edited, rejected, obsolete)')
    .option('--limit <n>', 'at most this many', (v) => Number.parseInt(v, 10), 1000)
    .option('--json', 'machine-readable output')
    .action(
      async (opts: { source?: string; kind?: string; state?: string; limit: number }, command: Command) => {
        const env = commandEnv(command);
        const kind = opts.kind === undefined ? undefined : ClaimKind.safeParse(opts.kind);
        if (kind && !kind.success) {
          env.out.error(`--kind must be one of ${ClaimKind.options.join(', ')}`);
          process.exit(ExitCode.usage);
        }
        refuseWhileServing(env);
        const claims = await withStore(env, 'claims', (store) =>
          listClaims(store.db, {
            sourceId: opts.source,
            kind: kind?.data,
            state: opts.state,
            limit: opts.limit,
          }),
        );
        env.out.result(claims, () => claims.map(formatClaim).join('\n') || 'No claims.');
      },
    );

  const claim = program.command('claim').description('review one claim');
  for (const action of ['accept', 'reject', 'reset'] as const) {
    claim
      .command(action)
      .description(`${action} a claim`)
      .argument('<id>', 'claim id, as `objector claims` lists it')
      .option('--json', 'machine-readable output')
      .action((id: string, _o: unknown, command: Command) => review(command, id, action));
  }
  claim
    .command('edit')
    .description('correct a claim: --set field=value (value parsed as JSON when it can be)')
    .argument('<id>', 'claim id')
    .requiredOption('--set <field=value...>', 'fields to change')
    .option('--json', 'machine-readable output')
    .action((id: string, opts: { set: string[] }, command: Command) => review(command, id, 'edit', opts.set));

  program
    .command('reextract')
    .description('run the current extractor over every stored source (human decisions are kept)')
    .option('--json', 'machine-readable output')
    .action(async (_o: unknown, command: Command) => {
      const env = commandEnv(command);
      refuseWhileServing(env);
      const bar = progressBar(!env.json, 'reextract');
      const result = await withStore(env, 'reextract', (store) =>
        reextractAll(store.db, (done, total) => bar.update(done, total)),
      );
      bar.stop();
      env.out.result(
        result,
        () =>
          `${result.sources} sources: ${result.added} new claims, ${result.refreshed} refreshed, ` +
          `${result.kept} human decisions kept, ${result.obsoleted} now obsolete`,
      );
    });
}

async function review(
  command: Command,
  id: string,
  action: 'accept' | 'reject' | 'reset' | 'edit',
  set: string[] = [],
): Promise<void> {
  const env = commandEnv(command);
  const changes: Record<string, unknown> = {};
  for (const pair of set) {
    const eq = pair.indexOf('=');
    if (eq < 1) {
      env.out.error(`--set ${JSON.stringify(pair)}: expected field=value`);
      process.exit(ExitCode.usage);
    }
    const raw = pair.slice(eq + 1);
    try {
      changes[pair.slice(0, eq)] = JSON.parse(raw);
    } catch {
      changes[pair.slice(0, eq)] = raw;
    }
  }
  refuseWhileServing(env);
  try {
    const result = await withStore(env, 'claim', (store) =>
      reviewClaim(store.db, { id, action, changes, actor: actor() }),
    );
    env.out.result(result, () => `${result.id}: ${result.state}`);
  } catch (error) {
    if (!(error instanceof ReviewError)) throw error;
    env.out.error(error.message);
    process.exit(error.code === 'not_found' ? ExitCode.notFound : ExitCode.usage);
  }
}

function formatClaim(c: ClaimRow): string {
  const v = c.value;
  const what =
    c.kind === 'figure'
      ? `${v.qualifier} ${v.value}${v.percent ? '%' : ''} ${v.counts}`
      : c.kind === 'event'
        ? `${v.type}${v.date ? ` ${v.date}` : ''}${v.place ? ` @${v.place}` : ''}`
        : String(v.key ?? v.canonical ?? v.mention ?? '');
  return `${c.id}  ${c.sourceId}  ${c.kind.padEnd(12)} ${c.state.padEnd(9)} ${what}  [${c.rule}]`;
}
