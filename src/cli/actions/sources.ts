/** The actions of `objector sources` and `objector source ID` (declared in ../commands/sources.ts). */
import type { Command } from 'commander';
import type { SourceDetail, SourceSummary } from '../../sources/schema.ts';
import { ExitCode } from '../context.ts';
import { commandEnv, fetchFromServer, runningServer, withStore } from '../store.ts';
import { safeField as f } from '../terminal.ts';

/** The store's queries, loaded only when the store is opened here rather than asked through a running server. */
const repository = () => import('../../sources/repository.ts');

export async function listSources(
  opts: { language?: string; outlet?: string },
  command: Command,
): Promise<void> {
  const env = commandEnv(command);
  const server = runningServer(env.config);
  const sources = server
    ? ((await fetchFromServer(server, `/api/sources?${query(opts)}`)).body as { items: SourceSummary[] })
        .items
    : await withStore(env, 'sources', async (store) => (await repository()).listSources(store.db, opts));
  env.out.result(sources, () => formatList(sources));
}

export async function showSource(id: string, _opts: unknown, command: Command): Promise<void> {
  const env = commandEnv(command);
  const server = runningServer(env.config);
  const source = server
    ? await fetchFromServer(server, `/api/sources/${encodeURIComponent(id)}`).then((r) =>
        r.status === 200 ? (r.body as SourceDetail) : null,
      )
    : await withStore(env, 'source', async (store) => (await repository()).getSource(store.db, id));
  if (!source) {
    env.out.error(`no source with id ${JSON.stringify(id)}; \`objector sources\` lists them`);
    process.exit(ExitCode.notFound);
  }
  env.out.result(source, () => formatDetail(source));
}

function query(opts: { language?: string; outlet?: string }): string {
  const params = new URLSearchParams();
  if (opts.language) params.set('language', opts.language);
  if (opts.outlet) params.set('outlet', opts.outlet);
  params.set('limit', '10000');
  return params.toString();
}

function formatList(sources: SourceSummary[]): string {
  if (sources.length === 0) return 'No sources yet. Add some with `objector ingest PATH`.';
  const lines = sources.map((s) => {
    // Each stored field on its own line's terms: controls and newlines shown escaped (terminal.ts).
    const dup = s.duplicateOf ? `  (reprint of ${f(s.duplicateOf)})` : '';
    return `${f(s.id)}  ${f(s.language)}  ${f((s.published ?? '').slice(0, 10)).padEnd(10)}  ${f(s.outlet ?? '-')}  ${f(s.title ?? '(untitled)')}${dup}`;
  });
  return [...lines, `${sources.length} source(s)`].join('\n');
}

function formatDetail(s: SourceDetail): string {
  const meta: [string, string | null][] = [
    ['id', s.id],
    ['title', s.title],
    ['outlet', s.outlet],
    ['author', s.author],
    ['published', s.published],
    ['url', s.url],
    ['language', s.language],
    ['format', `${s.format} (${s.encoding})`],
    ['origin', s.origin],
    ['reprint of', s.duplicateOf ? `${s.duplicateOf} (similarity ${s.similarity?.toFixed(2)})` : null],
    ['reprinted by', s.duplicates.length ? s.duplicates.join(', ') : null],
  ];
  const header = meta.filter(([, v]) => v).map(([k, v]) => `${k.padEnd(12)} ${f(v)}`);
  // The text keeps its lines; the printer (context.ts) escapes every other control in it.
  return [...header, '', s.text].join('\n');
}
