/**
 * `objector extract`: claims from text files, as FORMAT.md JSON (with offsets
 * and rules). Thin edge: validates options, reads files, calls extract(),
 * presents the result. Error messages name the file or option, never its text.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Command } from 'commander';
import type { Extraction } from '../../claims/schema.ts';
import { ExtractError, extract, isValidPublished } from '../../extract/index.ts';
import { ExitCode, type GlobalOptions, makeOutput, type Output } from '../context.ts';

interface ExtractOptions extends GlobalOptions {
  out?: string;
  published?: string;
}

/**
 * Reads one input document. The one place that knows about files: swap it for
 * the ingest parser (HTML, Markdown, Telegram exports) when that lands.
 */
export async function readDocument(path: string): Promise<{ id: string; text: string }> {
  const text = await readFile(path, 'utf8');
  return { id: basename(path, extname(path)), text };
}

/** Why a file could not be read, in words a user can act on. */
function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES') return 'permission denied';
  return 'cannot be read';
}

function summary(x: Extraction): string {
  const n = (k: keyof Extraction) => (Array.isArray(x[k]) ? (x[k] as unknown[]).length : 0);
  return `${x.id}: ${n('figures')} figures, ${n('units')} units, ${n('places')} places, ${n('people')} people, ${n('organizations')} organizations, ${n('events')} events`;
}

async function extractOne(path: string, options: ExtractOptions, output: Output): Promise<Extraction | null> {
  let doc: { id: string; text: string };
  try {
    doc = await readDocument(path);
  } catch (error) {
    output.error(`${path}: ${readProblem(error)}`);
    return null;
  }
  try {
    const result = extract({ ...doc, published: options.published ?? null });
    if (options.out)
      await writeFile(join(options.out, `${result.id}.json`), `${JSON.stringify(result, null, 2)}\n`);
    return result;
  } catch (error) {
    if (error instanceof ExtractError && error.code === 'EMPTY_TEXT') output.error(`${path}: empty file`);
    else throw error;
    return null;
  }
}

async function run(files: string[], options: ExtractOptions): Promise<number> {
  const output = makeOutput(!!options.json);
  if (options.published !== undefined && !isValidPublished(options.published)) {
    output.error(`--published must be a date written YYYY-MM-DD, got "${options.published}"`);
    return ExitCode.usage;
  }
  if (options.out) await mkdir(options.out, { recursive: true });
  const results: Extraction[] = [];
  for (const path of files) {
    const result = await extractOne(path, options, output);
    if (result) results.push(result);
  }
  if (options.out) output.info(`wrote ${results.length} of ${files.length} files to ${options.out}`);
  else if (results.length) {
    const value = results.length === 1 && files.length === 1 ? results[0] : results;
    output.result(value, () => results.map(summary).join('\n'));
  }
  return results.length === files.length ? ExitCode.ok : ExitCode.partial;
}

/** Registers `extract` on the program. */
export function register(program: Command): void {
  program
    .command('extract')
    .description('extract claims (figures, units, places, people, organizations, events) from text files')
    .argument('<files...>', 'UTF-8 text files; the file name without extension is the document id')
    .option('--out <dir>', 'write DIR/NAME.json for each input instead of printing')
    .option('--published <date>', 'publication date (YYYY-MM-DD) that relative dates resolve against')
    .action(async (files: string[], _options: ExtractOptions, command: Command) => {
      process.exitCode = await run(files, command.optsWithGlobals<ExtractOptions>());
    });
}
