/**
 * Runs extraction on a stored source and saves the result as suggestions.
 * Called inside the source's ingest transaction, and again by `reextract`
 * after an extractor upgrade (human decisions are kept: see repository.ts).
 */
import type { Kysely, Transaction } from 'kysely';
import { extract } from '../extract/index.ts';
import type { DB } from '../store/db-types.ts';
import { claimDrafts } from './claim-drafts.ts';
import { type SaveResult, saveClaims } from './repository.ts';
import type { Language } from './schema.ts';

export interface SourceForExtraction {
  id: string;
  text: string;
  language: Language;
  /** ISO date or date-time; relative dates in the text resolve against its day. */
  published: string | null;
}

export async function extractAndSave(
  db: Kysely<DB> | Transaction<DB>,
  source: SourceForExtraction,
): Promise<SaveResult> {
  const day =
    source.published && /^\d{4}-\d{2}-\d{2}/.test(source.published) ? source.published.slice(0, 10) : null;
  const extraction = extract({ id: source.id, text: source.text, language: source.language, published: day });
  const extractor = `${extraction.extractor.name}@${extraction.extractor.version}`;
  return saveClaims(db, source.id, extractor, claimDrafts(extraction));
}

/** Re-extracts every stored source, one transaction each; returns the summed result. */
export async function reextractAll(
  db: Kysely<DB>,
  onProgress?: (done: number, total: number) => void,
): Promise<SaveResult & { sources: number }> {
  const ids = (await db.selectFrom('sources').select('id').orderBy('id').execute()).map((r) => r.id);
  const total: SaveResult & { sources: number } = {
    added: 0,
    refreshed: 0,
    kept: 0,
    obsoleted: 0,
    sources: 0,
  };
  for (const [i, id] of ids.entries()) {
    const r = await db.transaction().execute(async (trx) => {
      const s = await trx
        .selectFrom('sources')
        .select(['id', 'body', 'language', 'published'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return extractAndSave(trx, {
        id: s.id,
        text: s.body,
        language: s.language as Language,
        published: s.published,
      });
    });
    total.added += r.added;
    total.refreshed += r.refreshed;
    total.kept += r.kept;
    total.obsoleted += r.obsoleted;
    total.sources++;
    onProgress?.(i + 1, ids.length);
  }
  return total;
}
