/**
 * The action of `objector ingest PATH...` (declared in ../commands/ingest.ts):
 * files and folders into sources. When `serve` holds the embedded database,
 * the files are uploaded to it instead.
 */
import { basename } from 'node:path';
import type { Command } from 'commander';
import { derivePending } from '../../derive/derive.ts';
// Not the ingest/index.ts barrel: it loads every format's parser, which only the parse worker runs.
import { IngestError } from '../../ingest/errors.ts';
import { listInputs, readInput } from '../../ingest/files.ts';
import { warmParsePool } from '../../ingest/worker/index.ts';
import { emptyReport, ingestFiles } from '../../sources/ingest-sources.ts';
import { checkMetadata, type MetadataChanges, MetadataError } from '../../sources/metadata.ts';
import { IngestReport } from '../../sources/schema.ts';
import type { LockInfo } from '../../store/lock.ts';
import { ExitCode } from '../context.ts';
import { type Progress, progressBar } from '../progress.ts';
import { type CommandEnv, commandEnv, runningServer, serverFetch, withSecureStore } from '../store.ts';

/** What `--outlet`, `--published`, `--url` and `--author` give. */
interface IngestOptions {
  outlet?: string;
  published?: string;
  url?: string;
  author?: string;
}

export async function ingest(paths: string[], opts: IngestOptions, command: Command): Promise<void> {
  const env = commandEnv(command);
  const metadata = checkedMetadata(env, opts);
  const report = emptyReport();
  const files: string[] = [];
  // A path that cannot be read is one failure among others, not the end of the run.
  for (const path of paths) {
    try {
      const listing = await listInputs([path]);
      files.push(...listing.files);
      const skipped = listing.skipped.map((s) => ({ path: s.path, error: s.reason, code: s.code }));
      if (skipped.length > 0) report.skipped = [...(report.skipped ?? []), ...skipped];
    } catch (error) {
      report.failed.push(listingFailure(path, error));
    }
  }
  const bar = progressBar(!env.json, 'ingest');
  const onProgress = (p: { done: number; total: number }) => bar.update(p.done, p.total);
  const server = runningServer(env.config);
  if (server) {
    env.out.info(`the store is held by \`objector serve\` (pid ${server.pid}): uploading to it`);
    await uploadAll(server, files, env.config.maxFileBytes, report, bar, metadata);
  } else {
    // The parse worker loads its parsers on another core while the embedded database starts.
    if (files.length > 0) warmParsePool();
    await withSecureStore(env, 'ingest', async (store, security) => {
      await ingestFiles(
        store.db,
        files,
        { maxFileBytes: env.config.maxFileBytes, onProgress, metadata },
        report,
      );
      // Records and case suggestions for the new sources (and any an earlier run left pending), before exiting.
      await derivePending(store.db, security, { actor: 'cli' });
    });
  }
  bar.stop();
  if (!env.json) {
    for (const s of report.skipped ?? []) env.out.info(`${s.path}: skipped: ${s.error}`);
    for (const f of report.failed) env.out.error(`${f.path}: ${f.error}`);
  }
  env.out.result(report, () => summary(report));
  process.exitCode = report.failed.length > 0 ? ExitCode.partial : ExitCode.ok;
}

/** Sends each file to the running server's upload API, merging its answers into `report`. */
async function uploadAll(
  server: LockInfo,
  files: string[],
  maxFileBytes: number,
  report: IngestReport,
  bar: Progress,
  metadata: MetadataChanges,
): Promise<void> {
  for (const [i, path] of files.entries()) {
    try {
      const form = new FormData();
      form.append('files', new Blob([(await readInput(path, maxFileBytes)).slice()]), basename(path));
      for (const [field, value] of Object.entries(metadata)) if (value) form.append(field, value);
      const response = await serverFetch(server, '/api/ingest', { method: 'POST', body: form });
      // 422 carries the report too: the server refused the file and says why.
      if (!response.ok && response.status !== 422) throw new Error(`the server answered ${response.status}`);
      const r = IngestReport.parse(await response.json());
      report.added += r.added;
      report.duplicates += r.duplicates;
      report.nearDuplicates += r.nearDuplicates;
      report.failed.push(...r.failed.map((f) => ({ ...f, path })));
    } catch (error) {
      const e = error as Error & { code?: string };
      report.failed.push({
        path,
        error: e.message,
        code: error instanceof IngestError ? e.code! : 'upload_failed',
      });
    }
    bar.update(i + 1, files.length);
  }
}

/** Why `path` could not be listed; an unexpected error is reported without its message (it may quote a path's content). */
function listingFailure(path: string, error: unknown): IngestReport['failed'][number] {
  if (error instanceof IngestError) return { path, error: error.message, code: error.code };
  return { path, error: 'internal error while listing this path', code: 'internal' };
}

function summary(r: IngestReport): string {
  const near = r.nearDuplicates ? ` (${r.nearDuplicates} linked as reprints)` : '';
  const links = r.skipped?.length ? `, ${r.skipped.length} link(s) not followed` : '';
  return `added ${r.added}${near}, ${r.duplicates} exact duplicate(s) skipped, ${r.failed.length} file(s) failed${links}`;
}

/** The metadata options, checked before anything is read: a bad date is a usage error, not a failed file. */
function checkedMetadata(env: CommandEnv, opts: IngestOptions): MetadataChanges {
  try {
    return checkMetadata({
      outlet: opts.outlet,
      published: opts.published,
      url: opts.url,
      author: opts.author,
    });
  } catch (error) {
    if (!(error instanceof MetadataError)) throw error;
    env.out.error(`--${error.message}`);
    process.exit(ExitCode.usage);
  }
}
