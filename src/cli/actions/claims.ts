/** The actions of `objector claims`, `claim accept|reject|reset|edit ID` and `reextract` (../commands/claims.ts). */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { reextractAll } from '../../claims/extract-source.ts';
import { type ClaimRow, listClaims as list, ReviewError, reviewClaim } from '../../claims/review.ts';
import { ClaimKind } from '../../claims/schema.ts';
import { ExitCode } from '../context.ts';
import { progressBar } from '../progress.ts';
import { commandEnv, refuseWhileServing, runningServer, withStore } from '../store.ts';
import { safeField as f } from '../terminal.ts';
import { getFromServer } from './served.ts';

const actor = () => `cli:${userInfo().username}`;

export async function listClaims(
  opts: { source?: string; kind?: string; state?: string; limit: number },
  command: Command,
): Promise<void> {
  const env = commandEnv(command);
  const kind = opts.kind === undefined ? undefined : ClaimKind.safeParse(opts.kind);
  if (kind && !kind.success) {
    env.out.error(`--kind must be one of ${ClaimKind.options.join(', ')}`);
    process.exit(ExitCode.usage);
  }
  const filter = { sourceId: opts.source, kind: kind?.data, state: opts.state, limit: opts.limit };
  const server = runningServer(env.config);
  const claims = server
    ? (await getFromServer<{ items: ClaimRow[] }>(env, server, `/api/claims?${claimsQuery(filter)}`)).items
    : await withStore(env, 'claims', (store) => list(store.db, filter));
  env.out.result(claims, () => claims.map(formatClaim).join('\n') || 'No claims.');
}

export async function reextract(_o: unknown, command: Command): Promise<void> {
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
}

export async function review(
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
      // The command line decides on the claim as it is now (it shows no version; the store is held, not served).
      reviewClaim(store.db, { id, action, changes, version: 'current', actor: actor() }),
    );
    env.out.result(result, () => `${f(result.id)}: ${f(result.state)}`);
  } catch (error) {
    if (!(error instanceof ReviewError)) throw error;
    env.out.error(error.message);
    process.exit(error.code === 'not_found' ? ExitCode.notFound : ExitCode.usage);
  }
}

/** The list's filter as the API's query (its page is at most 5000 claims). */
function claimsQuery(filter: { sourceId?: string; kind?: string; state?: string; limit: number }): string {
  const params = new URLSearchParams({ limit: String(Math.min(Math.max(filter.limit, 1), 5000)) });
  if (filter.sourceId) params.set('source', filter.sourceId);
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.state) params.set('state', filter.state);
  return params.toString();
}

function formatClaim(c: ClaimRow): string {
  const v = c.value;
  const what =
    c.kind === 'figure'
      ? `${v.qualifier} ${v.value}${v.percent ? '%' : ''} ${v.counts}`
      : c.kind === 'event'
        ? `${v.type}${v.date ? ` ${v.date}` : ''}${v.place ? ` @${v.place}` : ''}`
        : String(v.key ?? v.canonical ?? v.mention ?? '');
  return `${f(c.id)}  ${f(c.sourceId)}  ${f(c.kind).padEnd(12)} ${f(c.state).padEnd(9)} ${f(what)}  [${f(c.rule)}]`;
}
