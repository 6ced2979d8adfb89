/**
 * Ingest use case: files in, sources stored. Each source is stored in its own
 * transaction with its near-duplicate link, so a run killed midway leaves only
 * whole sources, and ids derived from content make a re-run add exactly what
 * is missing. Extraction runs on every new source, and its claims are stored
 * as suggestions with it. Bad files are reported one line each and never stop
 * the run.
 */
import type { Kysely, Transaction } from 'kysely';
import { extractAndSave } from '../claims/extract-source.ts';
// The ingest modules this needs, not the ingest/index.ts barrel: the barrel also loads every
// format's parser and its packages, which only the parse worker runs.
import { IngestError } from '../ingest/errors.ts';
import { readInput } from '../ingest/files.ts';
import {
  contentHash,
  estimateJaccard,
  lshBandKeys,
  minhashSignature,
  NEAR_DUPLICATE_THRESHOLD,
} from '../ingest/fingerprint.ts';
import type { ParsedSource } from '../ingest/source.ts';
import { type ParseBudget, parseFileOffLoop } from '../ingest/worker/index.ts';
import type { DB } from '../store/db-types.ts';
import { forwardOriginal } from './forwards.ts';
import { type MetadataChanges, withMetadata } from './metadata.ts';
import { findBandCandidates, findIdByHash, insertSource } from './repository.ts';
import type { IngestFailure, IngestReport } from './schema.ts';

export type StoredOutcome =
  | { status: 'added'; id: string }
  | { status: 'duplicate'; id: string }
  | { status: 'near_duplicate'; id: string; duplicateOf: string; similarity: number };

export interface IngestProgress {
  done: number;
  total: number;
}

/** Runs inside a new source's transaction (e.g. to append its audit entry), so both commit or neither. */
export type WithinStore = (
  trx: Transaction<DB>,
  stored: { id: string; duplicateOf: string | null },
) => Promise<unknown>;

export interface IngestOptions {
  maxFileBytes: number;
  onProgress?: (progress: IngestProgress) => void;
  within?: WithinStore;
  /** Time budget and pool for parsing each file (default: the shared pool, defaultParseTimeMs). */
  budget?: ParseBudget;
  /** Metadata a person gave (outlet, date…) for files holding one document (see withMetadata). */
  metadata?: MetadataChanges;
}

export function emptyReport(): IngestReport {
  return { added: 0, duplicates: 0, nearDuplicates: 0, failed: [] };
}

/** Ingests files already listed (see listInputFiles), in order, into `report`. */
export async function ingestFiles(
  db: Kysely<DB>,
  paths: string[],
  options: IngestOptions,
  report: IngestReport = emptyReport(),
): Promise<IngestReport> {
  for (const [index, path] of paths.entries()) {
    try {
      const bytes = await readInput(path, options.maxFileBytes);
      await ingestBytes(db, path, bytes, report, options.within, options.budget, options.metadata);
    } catch (error) {
      report.failed.push(failure(path, error));
    }
    options.onProgress?.({ done: index + 1, total: paths.length });
  }
  return report;
}

/**
 * Parses one file's bytes (on a worker thread, within `budget`) and stores
 * every source in it. Parse errors throw, as IngestError naming the file,
 * before anything is stored.
 */
export async function ingestBytes(
  db: Kysely<DB>,
  name: string,
  bytes: Uint8Array,
  report: IngestReport = emptyReport(),
  within?: WithinStore,
  budget?: ParseBudget,
  metadata?: MetadataChanges,
): Promise<IngestReport> {
  const parsed = withMetadata(await parseFileOffLoop(name, bytes, budget), metadata);
  for (const source of parsed) {
    const outcome = await storeSource(db, source, originOf(name, source), within);
    if (outcome.status === 'added') report.added++;
    else if (outcome.status === 'duplicate') report.duplicates++;
    else {
      report.added++;
      report.nearDuplicates++;
    }
  }
  return report;
}

/** Stores one parsed source in one transaction, linking it to its original when it is a near-duplicate. */
export async function storeSource(
  db: Kysely<DB>,
  source: ParsedSource,
  origin: string | null,
  within?: WithinStore,
): Promise<StoredOutcome> {
  const hash = contentHash(source.text);
  const id = `src_${hash.slice(0, 16)}`;
  try {
    return await db.transaction().execute(async (trx) => {
      const existing = await findIdByHash(trx, hash);
      if (existing) return { status: 'duplicate', id: existing } as const;
      const signature = minhashSignature(source.text);
      const bands = lshBandKeys(signature);
      // A forward is linked to its original even when the texts differ too much to be a near-duplicate.
      const original =
        (await bestNearDuplicate(trx, signature, bands)) ?? (await forwardOriginal(trx, source));
      await insertSource(
        trx,
        {
          id,
          contentHash: hash,
          ...source,
          origin,
          duplicateOf: original?.id ?? null,
          similarity: original?.similarity ?? null,
          minhash: new Uint8Array(signature.buffer, signature.byteOffset, signature.byteLength),
        },
        bands,
      );
      // Claims are stored with their source, in the same transaction: never a source without them.
      await extractAndSave(trx, {
        id,
        text: source.text,
        language: source.language,
        published: source.published,
      });
      await within?.(trx, { id, duplicateOf: original?.id ?? null });
      return original
        ? ({
            status: 'near_duplicate',
            id,
            duplicateOf: original.id,
            similarity: original.similarity,
          } as const)
        : ({ status: 'added', id } as const);
    });
  } catch (error) {
    // Another worker stored the same text between our check and our insert.
    if ((error as { code?: string }).code === '23505') return { status: 'duplicate', id };
    throw error;
  }
}

async function bestNearDuplicate(
  db: Kysely<DB>,
  signature: Uint32Array,
  bands: string[],
): Promise<{ id: string; similarity: number } | null> {
  let best: { id: string; similarity: number } | null = null;
  for (const candidate of await findBandCandidates(db, bands)) {
    const similarity = estimateJaccard(signature, toSignature(candidate.minhash));
    if (similarity >= NEAR_DUPLICATE_THRESHOLD && (!best || similarity > best.similarity)) {
      // Link to the first telling, not to another reprint of it.
      best = { id: candidate.duplicateOf ?? candidate.id, similarity };
    }
  }
  return best;
}

function toSignature(bytes: Uint8Array): Uint32Array {
  // Copy: a driver's buffer need not be 4-byte aligned.
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}

function originOf(name: string, source: ParsedSource): string {
  const file = name.split(/[\\/]/).pop() ?? name;
  return source.itemKey ? `${file}#${source.itemKey}` : file;
}

function failure(path: string, error: unknown): IngestFailure {
  if (error instanceof IngestError) return { path, error: error.message, code: error.code };
  return { path, error: 'internal error while storing this file', code: 'internal' };
}
