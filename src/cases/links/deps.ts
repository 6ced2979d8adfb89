/**
 * What the matcher looks things up in: the name tables, the region aliases,
 * the places and units gazetteers and the detention-site words, read from
 * data/ once per process (the only file access of case linking).
 */
import { loadKbDeps } from '../../kb/lexicon.ts';
import type { KbDeps } from '../../kb/types.ts';
import { loadNameLexicon, readNameTable } from '../../resolve/names/load.ts';
import { makeRegionNormalizer } from '../../resolve/persons/region.ts';
import type { NameDeps } from './persons.ts';
import type { ProfileDeps } from './profile.ts';

export interface MatchDeps {
  profile: ProfileDeps;
  names: NameDeps;
  kb: KbDeps;
}

let cached: MatchDeps | undefined;

/** The matcher's lookups (about 100 ms the first time). */
export function loadMatchDeps(): MatchDeps {
  if (cached) return cached;
  const kb = loadKbDeps();
  const lexicon = loadNameLexicon();
  cached = {
    kb,
    profile: { places: kb.places, units: kb.units, sites: kb.lexicon.sites },
    names: { lexicon, region: makeRegionNormalizer(lexicon.folder, readNameTable('regions.tsv')) },
  };
  return cached;
}
