/** The person resolver with the committed name tables (loaded once per process). */
import { loadNameLexicon, readNameTable } from '../resolve/names/load.ts';
import { makeRegionNormalizer } from '../resolve/persons/region.ts';
import { resolvePersons } from '../resolve/persons/resolve.ts';
import type { Resolver } from './persons.ts';

let cached: Resolver | undefined;

/** A Resolver over resolvePersons' public API with the default thresholds. */
export function loadResolver(): Resolver {
  if (cached) return cached;
  const lexicon = loadNameLexicon();
  const region = makeRegionNormalizer(lexicon.folder, readNameTable('regions.tsv'));
  cached = (mentions) => {
    const r = resolvePersons(mentions, { lexicon, region });
    return { clusters: r.clusters, review: r.review };
  };
  return cached;
}
