/**
 * Derived work after sources are stored: records and links (incrementally,
 * src/kb/incremental.ts), then the case suggestions of the cases the new
 * reports can concern. Counts are computed from the records when read, so
 * they follow. Used by the server's runner (after each upload, and on start)
 * and inline by `objector ingest`.
 */
import type { Kysely } from 'kysely';
import { refreshCaseSuggestions, refreshCaseSuggestionsFor } from '../cases/links/suggest.ts';
import { deriveIncrementally, markDerived } from '../kb/incremental.ts';
import { loadKbDeps } from '../kb/lexicon.ts';
import { rebuildKnowledge } from '../kb/repository.ts';
import { loadResolver } from '../kb/resolver.ts';
import type { Security } from '../security/services.ts';
import type { DB } from '../store/db-types.ts';
import { countPending, pendingSourceIds } from './pending.ts';

/** Sources derived per transaction: small enough to keep a transaction short, large enough to share a resolution. */
export const BATCH = 200;
/**
 * From this many pending sources, and at least half the corpus, one full
 * rebuild is cheaper than many batches (a store migrated from before
 * incremental records, a first bulk ingest).
 */
export const FULL_FROM = 1000;

export interface DeriveProgress {
  done: number;
  total: number;
}

export interface DeriveOptions {
  actor: string;
  onProgress?: (p: DeriveProgress) => void;
  /** Rebuild every record and every open case's suggestions, whatever is pending. */
  full?: boolean;
}

/** Derives every pending source (and any stored meanwhile); returns how many. */
export async function derivePending(
  db: Kysely<DB>,
  security: Security,
  options: DeriveOptions,
): Promise<number> {
  const first = await countPending(db);
  let total = first.pending;
  let done = 0;
  if (options.full || (first.pending >= FULL_FROM && first.pending * 2 >= first.sources)) {
    await rebuildKnowledge(db, loadKbDeps(), loadResolver(), options.actor);
    await refreshCaseSuggestions(db, security, options.actor);
    done = total;
    options.onProgress?.({ done, total });
  }
  for (;;) {
    const ids = await pendingSourceIds(db, BATCH);
    if (ids.length === 0) return done;
    const result = await deriveIncrementally(db, loadKbDeps(), loadResolver(), ids, options.actor);
    await refreshCaseSuggestionsFor(db, security, { sourceIds: ids, persons: result.persons }, options.actor);
    // Last: stopped before this point, the batch is derived again on the next run (to no change).
    await db.transaction().execute((trx) => markDerived(trx, ids));
    done += ids.length;
    total = Math.max(total, done);
    options.onProgress?.({ done, total });
  }
}
