/**
 * The actions of `objector pfif import FILE...` and `objector pfif export
 * [--out FILE]` (declared in ../commands/pfif.ts): PFIF 1.4 exchange with
 * other missing-person systems (src/cases/pfif). Each file is imported in
 * one transaction, all of its records or none; a bad file is reported with
 * the record and field at fault and the run goes on with the next, ending
 * with exit code 1. An export is personal data leaving the system: it is
 * audited per case, and --out writes a new file readable by its owner only.
 * When `serve` holds the store, both go through its API.
 */
import { closeSync, constants, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { CaseError } from '../../cases/errors.ts';
import { exportPfif } from '../../cases/pfif/export.ts';
import { type ImportReport, importPfif } from '../../cases/pfif/import.ts';
import { decodePfif } from '../../cases/pfif/parse.ts';
import { CaseState } from '../../cases/schema.ts';
import type { LockInfo } from '../../store/lock.ts';
import { ExitCode } from '../context.ts';
import { type CommandEnv, commandEnv, runningServer, serverFetch, withSecureStore } from '../store.ts';

const actor = () => `cli:${userInfo().username}`.slice(0, 100);

type FileResult = ({ file: string } & ImportReport) | { file: string; error: string; code: string };

interface ExportOpts {
  out?: string;
  case?: string;
  state?: string;
  domain?: string;
  sourceName?: string;
}

/** `pfif import FILE...`. */
export async function pfifImport(files: string[], _opts: unknown, command: Command): Promise<void> {
  const env = commandEnv(command);
  const results = await importFiles(env, files);
  if (!env.json) for (const r of results) for (const message of problemsOf(r)) env.out.error(message);
  env.out.result({ files: results }, () =>
    results
      .filter((r) => !('error' in r))
      .map(line)
      .join('\n'),
  );
  process.exitCode = results.some((r) => problemsOf(r).length > 0) ? ExitCode.partial : ExitCode.ok;
}

/** A file's refusal, or each record it left out: "FILE: person 2 (id), field sex: why". */
function problemsOf(r: FileResult): string[] {
  if ('error' in r) return [r.error];
  return (r.rejected ?? []).map(
    (x) => `${x.file}: ${x.record}${x.field ? `, field ${x.field}` : ''}: ${x.reason} (left out)`,
  );
}

/** `pfif export [--out FILE]`. */
export async function pfifExport(opts: ExportOpts, command: Command): Promise<void> {
  const env = commandEnv(command);
  if (opts.state && !CaseState.safeParse(opts.state).success) {
    env.out.error('--state must be triage, open or closed');
    process.exit(ExitCode.usage);
  }
  // The file is made first: an export that cannot be written is not made (nor audited).
  const fd = opts.out ? createNewFile(env, opts.out) : null;
  const result = await exportDocument(env, opts);
  if (fd !== null) finishFile(fd, opts.out as string, result?.xml ?? null);
  if (!result) return;
  const summary = { persons: result.persons, notes: result.notes, out: opts.out ?? null };
  if (env.json) env.out.result(opts.out ? summary : { ...summary, xml: result.xml }, () => '');
  else if (opts.out)
    env.out.result(summary, () => `wrote ${opts.out}: ${result.persons} person(s), ${result.notes} note(s)`);
  else process.stdout.write(result.xml);
}

async function importFiles(env: CommandEnv, files: string[]): Promise<FileResult[]> {
  const server = runningServer(env.config);
  if (server) env.out.info(`the store is held by \`objector serve\` (pid ${server.pid}): sending to it`);
  const run = async (one: (file: string, bytes: Uint8Array) => Promise<FileResult>) => {
    const out: FileResult[] = [];
    for (const file of files) {
      const bytes = readInput(env, file);
      out.push(
        typeof bytes === 'string' ? { file, error: bytes, code: 'unreadable' } : await one(file, bytes),
      );
    }
    return out;
  };
  if (server) return run((file, bytes) => upload(server, file, bytes));
  return withSecureStore(env, 'pfif import', (store, security) =>
    run(async (file, bytes) => {
      try {
        const report = await importPfif(store.db, security, actor(), decodePfif(bytes, file), {
          source: file,
          ownDomain: env.config.pfifDomain,
        });
        return { file, ...report };
      } catch (error) {
        if (!(error instanceof CaseError)) throw error;
        return { file, error: error.message, code: error.code };
      }
    }),
  );
}

/** The file's bytes, or why it cannot be read. */
function readInput(env: CommandEnv, file: string): Uint8Array | string {
  try {
    if (statSync(file).size > env.config.maxFileBytes) {
      return `${file}: larger than the limit of ${Math.round(env.config.maxFileBytes / 1048576)} MB`;
    }
    return readFileSync(file);
  } catch {
    return `${file}: cannot be read`;
  }
}

async function upload(server: LockInfo, file: string, bytes: Uint8Array): Promise<FileResult> {
  const response = await serverFetch(server, '/api/casework/pfif', {
    method: 'POST',
    headers: { 'content-type': 'application/xml' },
    body: bytes.slice(),
  });
  const body = (await response.json().catch(() => ({}))) as ImportReport & { detail?: string };
  if (response.ok) return { file, ...body, rejected: (body.rejected ?? []).map((r) => ({ ...r, file })) };
  const detail = (body.detail ?? `the server answered ${response.status}`).replace(/^the request body/, file);
  return { file, error: detail, code: response.status === 400 ? 'pfif_invalid' : 'upload_failed' };
}

async function exportDocument(env: CommandEnv, opts: ExportOpts) {
  const filter = {
    caseId: opts.case,
    state: opts.state as CaseState | undefined,
    domain: opts.domain ?? env.config.pfifDomain,
    sourceName: opts.sourceName,
  };
  const server = runningServer(env.config);
  if (server) {
    const query = new URLSearchParams(
      Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
    const response = await serverFetch(server, `/api/casework/pfif?${query}`);
    if (!response.ok) {
      const problem = (await response.json().catch(() => ({}))) as { detail?: string };
      return fail(env, response.status, problem.detail);
    }
    const xml = await response.text();
    return { xml, persons: count(xml, '<pfif:person>'), notes: count(xml, '<pfif:note>') };
  }
  return withSecureStore(env, 'pfif export', async (store, security) => {
    try {
      return await exportPfif(store.db, security, actor(), filter);
    } catch (error) {
      if (!(error instanceof CaseError)) throw error;
      return fail(env, error.code === 'case_not_found' ? 404 : 400, error.message);
    }
  });
}

function fail(env: CommandEnv, status: number, message = 'the export failed'): null {
  env.out.error(message);
  process.exitCode = status === 404 ? ExitCode.notFound : ExitCode.usage;
  return null;
}

function count(xml: string, tag: string): number {
  return xml.split(tag).length - 1;
}

function line(r: FileResult): string {
  if ('error' in r) return '';
  return (
    `${r.file}: ${r.personsCreated} person(s) created, ${r.personsUpdated} updated, ${r.personsUnchanged} unchanged; ` +
    `${r.notesImported} note(s) imported, ${r.notesSkipped} already there` +
    (r.notesWithoutPerson ? `, ${r.notesWithoutPerson} about a person not found (left out)` : '') +
    (r.personsExpired ? `; ${r.personsExpired} expired record(s) taken without personal data` : '') +
    (r.rejected?.length ? `; ${r.rejected.length} bad record(s) left out` : '')
  );
}

/** Creates FILE with mode 0600, refusing to replace an existing file (an export holds personal data). */
function createNewFile(env: CommandEnv, path: string): number {
  try {
    return openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  } catch {
    env.out.error(`cannot create ${path} (it may exist already: an export never overwrites a file)`);
    process.exit(ExitCode.usage);
  }
}

/** Writes the export into the new file, or removes the file when there is no export. */
function finishFile(fd: number, path: string, xml: string | null): void {
  try {
    if (xml !== null) writeSync(fd, xml);
  } finally {
    closeSync(fd);
  }
  if (xml === null) unlinkSync(path);
}
