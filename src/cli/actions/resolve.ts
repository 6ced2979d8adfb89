/**
 * The action of `objector resolve persons FILE.jsonl` (declared in
 * ../commands/resolve.ts): clusters person mentions and prints one
 * {"id", "cluster"} JSON line per mention (the same with or without --json).
 * With --review, the review candidates follow on stderr as JSON lines.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadNameLexicon, readNameTable } from '../../resolve/names/load.ts';
import { MentionInputError, parseMentionLines } from '../../resolve/persons/jsonl.ts';
import { makeRegionNormalizer } from '../../resolve/persons/region.ts';
import { resolvePersons } from '../../resolve/persons/resolve.ts';
import { ExitCode, type GlobalOptions, makeOutput } from '../context.ts';

function readInput(file: string): string {
  return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
}

function runPersons(file: string, opts: { review?: boolean }, global: GlobalOptions): void {
  const out = makeOutput(Boolean(global.json));
  let text: string;
  try {
    text = readInput(file);
  } catch {
    out.error('cannot read the input file');
    process.exitCode = ExitCode.notFound;
    return;
  }
  let mentions: ReturnType<typeof parseMentionLines>;
  try {
    mentions = parseMentionLines(text);
  } catch (error) {
    if (!(error instanceof MentionInputError)) throw error;
    out.error(error.message);
    process.exitCode = ExitCode.usage;
    return;
  }
  const lexicon = loadNameLexicon();
  const region = makeRegionNormalizer(lexicon.folder, readNameTable('regions.tsv'));
  const result = resolvePersons(mentions, { lexicon, region });
  const lines: string[] = [];
  for (const [id, cluster] of result.clusters) lines.push(JSON.stringify({ id, cluster }));
  process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  if (opts.review) {
    for (const pair of result.review) process.stderr.write(`${JSON.stringify({ review: pair })}\n`);
  }
}

/** `resolve persons FILE`. */
export function persons(file: string, opts: { review?: boolean }, cmd: Command): void {
  runPersons(file, opts, cmd.optsWithGlobals<GlobalOptions>());
}
