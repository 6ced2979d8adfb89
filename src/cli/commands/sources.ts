/** `objector sources` and `objector source ID`: what is stored. */
import type { Command } from 'commander';
import { getSource, listSources } from '../../sources/repository.ts';
import type { SourceDetail, SourceSummary } from '../../sources/schema.ts';
import { ExitCode } from '../context.ts';
import { commandEnv, fetchFromServer, runningServer, withStore } from '../store.ts';

export function register(program: Command): void {
  program
    .command('sources')
    .description('list the stored sources')
    .option('--language <code>', 'only sources in this language (en, ru, other)')
    .option('--outlet <name>', 'only sources from this outlet')
    .option('--json', 'machine-readable output')
    .action(async (opts: { language?: string; outlet?: string }, command: Command) => {
      const env = commandEnv(command);
      const server = runningServer(env.config);
      const sources = server
        ? ((await fetchFromServer(server, `/api/sources?${query(opts)}`)).body as { items: SourceSummary[] })
            .items
        : await withStore(env, 'sources', (store) => listSources(store.db, opts));
      env.out.result(sources, () => formatList(sources));
    });

  program
    .command('source')
    .description('show one source with its text and metadata')
    .argument('<id>', 'source id, as `objector sources` lists it')
    .option('--json', 'machine-readable output')
    .action(async (id: string, _opts: unknown, command: Command) => {
      const env = commandEnv(command);
      const server = runningServer(env.config);
      const source = server
        ? await fetchFromServer(server, `/api/sources/${encodeURIComponent(id)}`).then((r) =>
            r.status === 200 ? (r.body as SourceDetail) : null,
          )
        : await withStore(env, 'source', (store) => getSource(store.db, id));
      if (!source) {
        env.out.error(`no source with id ${JSON.stringify(id)}; \`objector sources\` lists them`);
        process.exit(ExitCode.notFound);
      }
      env.out.result(source, () => formatDetail(source));
    });
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
    const dup = s.duplicateOf ? `  (reprint of ${s.duplicateOf})` : '';
    return `${s.id}  ${s.language}  ${(s.published ?? '').slice(0, 10).padEnd(10)}  ${s.outlet ?? '-'}  ${s.title ?? '(untitled)'}${dup}`;
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
  const header = meta.filter(([, v]) => v).map(([k, v]) => `${k.padEnd(12)} ${v}`);
  return [...header, '', s.text].join('\n');
}
