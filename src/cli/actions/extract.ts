/**
 * The action of `objector extract` (declared in ../commands/extract.ts):
 * claims from input files, as FORMAT.md JSON (with offsets and rules). Thin
 * edge: validates options, reads files through the ingest parser (.txt .md
 * .html, Telegram exports, CSV; any encoding), calls extract() on each
 * source, presents the result. Error messages name the file or option, never
 * its text.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Command } from 'commander';
import type { Extraction } from '../../claims/schema.ts';
import { ExtractError, extract, isValidPublished } from '../../extract/index.ts';
import {
  decodeBytes,
  IngestError,
  kindFromPath,
  type ParsedSource,
  parseFile,
  readInput,
} from '../../ingest/index.ts';
import { ExitCode, type GlobalOptions, makeOutput, type Output } from '../context.ts';

interface ExtractOptions extends GlobalOptions {
  out?: string;
  published?: string;
}

/** One document to extract from, as read from a file. */
export interface InputDocument {
  /** Document id: the file name without extension, with `-ITEMKEY` for an item of a multi-source file. */
  id: string;
  text: string;
  published: string | null;
  language: ParsedSource['language'];
}

/** A source's publication date as extract wants it (YYYY-MM-DD), or null. */
function publishedDay(value: string | null): string | null {
  const day = value?.slice(0, 10) ?? null;
  return day !== null && isValidPublished(day) ? day : null;
}

/**
 * The documents in one file. Plain text keeps the decoded file text exactly
 * (the ingest parser tidies whitespace, which would shift offsets); other
 * formats take the text the parser extracts. Throws IngestError.
 */
export function documentsOf(path: string, bytes: Uint8Array): InputDocument[] {
  const sources = parseFile(path, bytes);
  const name = basename(path, extname(path));
  const single = sources.length === 1 && sources[0]?.itemKey === '';
  return sources.map((s) => ({
    id: single ? name : `${name}-${s.itemKey}`,
    text: single && kindFromPath(path) === 'txt' ? decodeBytes(bytes).text : s.text,
    published: publishedDay(s.published),
    language: s.language,
  }));
}

/** Reads and parses one input file. */
export async function readDocuments(path: string): Promise<InputDocument[]> {
  return documentsOf(path, await readInput(path));
}

function summary(x: Extraction): string {
  const n = (k: keyof Extraction) => (Array.isArray(x[k]) ? (x[k] as unknown[]).length : 0);
  return `${x.id}: ${n('figures')} figures, ${n('units')} units, ${n('places')} places, ${n('people')} people, ${n('organizations')} organizations, ${n('events')} events`;
}

/** Extracts every source of one file; null when the file could not be read or parsed. */
async function extractFile(
  path: string,
  options: ExtractOptions,
  output: Output,
): Promise<Extraction[] | null> {
  let docs: InputDocument[];
  try {
    docs = await readDocuments(path);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    output.error(`${path}: ${error.message}`);
    return null;
  }
  const results: Extraction[] = [];
  for (const doc of docs) {
    try {
      const result = extract({ ...doc, published: options.published ?? doc.published });
      if (options.out)
        await writeFile(join(options.out, `${result.id}.json`), `${JSON.stringify(result, null, 2)}\n`);
      results.push(result);
    } catch (error) {
      if (!(error instanceof ExtractError && error.code === 'EMPTY_TEXT')) throw error;
      output.error(`${path}: ${doc.id} has no text`);
    }
  }
  return results;
}

async function run(files: string[], options: ExtractOptions): Promise<number> {
  const output = makeOutput(!!options.json);
  if (options.published !== undefined && !isValidPublished(options.published)) {
    output.error(`--published must be a date written YYYY-MM-DD, got "${options.published}"`);
    return ExitCode.usage;
  }
  if (options.out) await mkdir(options.out, { recursive: true });
  const results: Extraction[] = [];
  let failed = 0;
  let multi = false;
  for (const path of files) {
    const extracted = await extractFile(path, options, output);
    if (extracted === null) failed++;
    else {
      results.push(...extracted);
      multi ||= extracted.length !== 1;
    }
  }
  if (options.out)
    output.info(
      `wrote ${results.length} documents from ${files.length - failed} of ${files.length} files to ${options.out}`,
    );
  else if (results.length) {
    const value = results.length === 1 && files.length === 1 && !multi ? results[0] : results;
    output.result(value, () => results.map(summary).join('\n'));
  }
  return failed === 0 ? ExitCode.ok : ExitCode.partial;
}

/** The `extract` action: every file's claims; exit 1 when some file failed. */
export async function extractFiles(
  files: string[],
  _options: ExtractOptions,
  command: Command,
): Promise<void> {
  process.exitCode = await run(files, command.optsWithGlobals<ExtractOptions>());
}
