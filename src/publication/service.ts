/**
 * The publication service the server holds (built once by the composition
 * root): the public numbers and everything made from them (dashboard
 * summary, exports, number pages), recounted only when the data changed.
 */
import type { Kysely } from 'kysely';
import { loadKbDeps } from '../kb/lexicon.ts';
import { loadResolver } from '../kb/resolver.ts';
import { loadNameLexicon } from '../resolve/names/load.ts';
import type { DB } from '../store/db-types.ts';
import { refreshingCache } from './cache.ts';
import { type PublicationInput, publishCounts } from './counts.ts';
import { countsToCsv } from './csv.ts';
import { type PublicDataset, publicDataset } from './dataset.ts';
import { placesGeoJson } from './geojson.ts';
import { loadPublication } from './load.ts';
import type { NumberPage, PublicCounts } from './model.ts';
import { numberPage } from './pages.ts';
import { type PublicSummary, publicSummary } from './summary.ts';
import { storeDataVersion } from './version.ts';

export interface Published {
  counts: PublicCounts;
  summary: PublicSummary;
  dataset(): PublicDataset;
  csv(): string;
  geojson(): ReturnType<typeof placesGeoJson>;
  page(id: string): NumberPage | null;
}

export interface Publication {
  /** What is published now; `updating` while a recount after a change is under way. */
  current(): Promise<{ published: Published; updating: boolean }>;
  /** Waits for the numbers of the data as it is now (server start, tests). */
  fresh(): Promise<Published>;
}

export interface PublicationOptions {
  /** OBJECTOR_PUBLISH_UNREVIEWED. */
  publishUnreviewed: boolean;
  now: () => Date;
  /** How often the data version is asked (default 1000 ms): a change shows after at most this plus a recount. */
  checkEveryMs?: number;
}

export function createPublication(db: Kysely<DB>, o: PublicationOptions): Publication {
  const build = async () =>
    published(
      await loadPublication(db, {
        kb: loadKbDeps(),
        resolver: loadResolver(),
        names: loadNameLexicon(),
        publishUnreviewed: o.publishUnreviewed,
        now: o.now,
      }),
    );
  const cache = refreshingCache({
    version: () => storeDataVersion(db),
    build,
    clock: () => performance.now(),
    checkEveryMs: o.checkEveryMs ?? 1000,
    // The error may quote data: only its kind is logged.
    onError: (error) =>
      console.error(`objector: recounting the public numbers failed: ${(error as Error)?.name ?? 'error'}`),
  });
  return {
    current: async () => {
      const { value, updating } = await cache.get();
      return { published: value, updating };
    },
    fresh: () => cache.fresh(),
  };
}

/** Derived forms made once per recount, the exports on first use. */
function published(input: PublicationInput): Published {
  const counts = publishCounts(input);
  const once = <T>(make: () => T) => {
    let v: { value: T } | null = null;
    return () => {
      v ??= { value: make() };
      return v.value;
    };
  };
  return {
    counts,
    summary: publicSummary(counts),
    dataset: once(() => publicDataset(counts)),
    csv: once(() => countsToCsv(counts)),
    geojson: once(() => placesGeoJson(counts)),
    page: (id) => numberPage(input, id),
  };
}
