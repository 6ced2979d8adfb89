/**
 * Parsing off the request loop: parseFile and parsePfif run on a worker
 * thread with a time and memory budget, so one hostile document can neither
 * stall the server nor take the process down. Overruns become the callers'
 * typed errors naming the input: IngestError 'too_slow' / 'too_large' /
 * 'parse_failed', or CaseError 'pfif_invalid'.
 */
import { availableParallelism } from 'node:os';
import { CaseError } from '../../cases/errors.ts';
import type { PfifDocument } from '../../cases/pfif/fields.ts';
import { IngestError } from '../errors.ts';
import type { ParsedSource } from '../source.ts';
import { ParsePool, PoolFailure } from './pool.ts';

export { ParsePool, PoolFailure, type PoolOptions } from './pool.ts';

/** Heap of a parse worker: enough for a 20 MB Telegram export, far below what ends the process. */
export const DEFAULT_PARSE_MEMORY_MB = 1024;

/**
 * Time allowed to parse `byteLength` bytes: 20 s, plus 5 s per MB. Generous
 * for real documents on a loaded machine; the format limits refuse most
 * hostile ones long before.
 */
export function defaultParseTimeMs(byteLength: number): number {
  return 20_000 + Math.ceil((5_000 * byteLength) / (1024 * 1024));
}

export interface ParseBudget {
  /** Milliseconds the parse may take (default: defaultParseTimeMs). */
  timeMs?: number;
  /** Another pool (e.g. with a smaller memory budget); default: the shared one. */
  pool?: ParsePool;
}

let shared: ParsePool | null = null;

/** The process-wide pool: at most two workers (the machine's cores are the request loop's too). */
export function sharedParsePool(): ParsePool {
  shared ??= new ParsePool({
    size: Math.max(1, Math.min(2, availableParallelism() - 1)),
    memoryMb: DEFAULT_PARSE_MEMORY_MB,
    idleMs: 30_000,
  });
  return shared;
}

/** Starts a worker of the shared pool ahead of the first file (see ParsePool.warm). */
export function warmParsePool(): void {
  sharedParsePool().warm();
}

/** parseFile on a worker thread, within `budget`. Throws IngestError naming `path`. */
export async function parseFileOffLoop(
  path: string,
  bytes: Uint8Array,
  budget: ParseBudget = {},
): Promise<ParsedSource[]> {
  const timeMs = budget.timeMs ?? defaultParseTimeMs(bytes.byteLength);
  try {
    return (await (budget.pool ?? sharedParsePool()).run(
      { kind: 'file', path, bytes },
      timeMs,
    )) as ParsedSource[];
  } catch (error) {
    if (error instanceof IngestError) throw error.withPath(path);
    throw ingestFailure(error, path);
  }
}

/** parsePfif on a worker thread, within `budget`. Throws CaseError('pfif_invalid') naming `source`. */
export async function parsePfifOffLoop(
  xml: string,
  source: string,
  budget: ParseBudget = {},
): Promise<PfifDocument> {
  const timeMs = budget.timeMs ?? defaultParseTimeMs(xml.length);
  try {
    return (await (budget.pool ?? sharedParsePool()).run(
      { kind: 'pfif', xml, source },
      timeMs,
    )) as PfifDocument;
  } catch (error) {
    if (error instanceof CaseError || !(error instanceof PoolFailure || error instanceof IngestError))
      throw error;
    throw new CaseError(
      'pfif_invalid',
      `${source}: ${error instanceof PoolFailure ? overrun(error) : error.message}`,
    );
  }
}

function ingestFailure(error: unknown, path: string): unknown {
  if (!(error instanceof PoolFailure)) return error;
  const code =
    error.reason === 'too_slow'
      ? 'too_slow'
      : error.reason === 'out_of_memory'
        ? 'too_large'
        : 'parse_failed';
  return new IngestError(code, overrun(error), { path });
}

/** What a PoolFailure means to the person who sent the file. */
function overrun(failure: PoolFailure): string {
  switch (failure.reason) {
    case 'too_slow':
      return `reading the file took longer than ${Math.round(failure.limit / 1000)} s and was stopped; the file is too complex (split it, or save only the article)`;
    case 'out_of_memory':
      return `reading the file needs more than ${failure.limit} MB of memory and was stopped; split the file`;
    case 'crashed':
      return 'the parser stopped unexpectedly while reading the file; try again, or report it if it happens again';
  }
}
