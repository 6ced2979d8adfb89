/** `objector ingest PATH...`: files and folders into sources. */
import type { Command } from 'commander';
import { IngestError, listInputFiles } from '../../ingest/index.ts';
import { emptyReport, ingestFiles } from '../../sources/ingest-sources.ts';
import type { IngestReport } from '../../sources/schema.ts';
import { ExitCode } from '../context.ts';
import { progressBar } from '../progress.ts';
import { commandEnv, runningServer, withStore } from '../store.ts';

export function register(program: Command): void {
  program
    .command('ingest')
    .description('ingest files and folders (recursive): .txt .md .html, Telegram result.json, .csv')
    .argument('<paths...>', 'files or folders')
    .option('--json', 'print {"added", "duplicates", "nearDuplicates", "failed"} as JSON')
    .action(async (paths: string[], _opts: unknown, command: Command) => {
      const env = commandEnv(command);
      const server = runningServer(env.config);
      if (server) {
        env.out.error(
          `the embedded database is held by \`objector serve\` (pid ${server.pid}, port ${server.port}); ` +
            `upload through http://127.0.0.1:${server.port}/ or stop the server, then run ingest again`,
        );
        process.exit(ExitCode.storeUnavailable);
      }
      const report = emptyReport();
      const files: string[] = [];
      // A path that cannot be read is one failure among others, not the end of the run.
      for (const path of paths) {
        try {
          files.push(...(await listInputFiles([path])));
        } catch (error) {
          if (!(error instanceof IngestError)) throw error;
          report.failed.push({ path, error: error.message, code: error.code });
        }
      }
      const bar = progressBar(!env.json, 'ingest');
      await withStore(env, 'ingest', (store) =>
        ingestFiles(
          store.db,
          files,
          { maxFileBytes: env.config.maxFileBytes, onProgress: (p) => bar.update(p.done, p.total) },
          report,
        ),
      );
      bar.stop();
      for (const f of report.failed) if (!env.json) env.out.error(`${f.path}: ${f.error}`);
      env.out.result(report, () => summary(report));
      process.exitCode = report.failed.length > 0 ? ExitCode.partial : ExitCode.ok;
    });
}

function summary(r: IngestReport): string {
  const near = r.nearDuplicates ? ` (${r.nearDuplicates} linked as reprints)` : '';
  return `added ${r.added}${near}, ${r.duplicates} exact duplicate(s) skipped, ${r.failed.length} file(s) failed`;
}
