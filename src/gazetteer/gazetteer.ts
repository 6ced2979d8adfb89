/**
 * The in-memory gazetteer: an index from folded name keys to places, with
 * lookup by name, by id, and a fast matcher over free text. Pure: built from
 * data passed in (see ./load.ts for the file loader).
 */
import { findPlaces, keyPrefixes, type MatchContext } from './matcher.ts';
import { nameKey } from './normalize.ts';
import type { Place, PlaceMatch } from './types.ts';

/** Lookup and matching over a set of places. */
export interface Gazetteer {
  /** Places a name may refer to, best first (Latin or Cyrillic, any case, inflected Russian). */
  lookup(name: string): Place[];
  /** The place with this id, if any. */
  get(id: string): Place | undefined;
  /** Place mentions in a text, left to right, never overlapping. */
  findInText(text: string): PlaceMatch[];
  /** Number of places. */
  readonly size: number;
}

/** Words that, around a capitalised name, change how it is read (see data/gazetteer/README.md). */
export interface ContextWords {
  /** Capitalised words that may stand right before a place ("In", "From", "The", "В"). */
  before: readonly string[];
  /** Capitalised words that may follow a place without making it part of a longer name ("Governor"). */
  after: readonly string[];
}

// Countries whose places a report about the war most likely means.
const CORE = new Set(['RU', 'UA']);
const NEAR = new Set(['BY', 'GE', 'AM', 'AZ', 'KZ', 'MD', 'KG', 'TJ', 'UZ', 'TM', 'LV', 'LT', 'EE']);

/**
 * Rank of a candidate place for an ambiguous name: Russia and Ukraine first,
 * then neighbours, then the rest; within that, larger places first. A region
 * or territory counts as a large place.
 */
export function placeRank(p: Place): number {
  const boost = CORE.has(p.country) ? 2.5 : NEAR.has(p.country) ? 1.5 : 0;
  const size = p.kind === 'region' || p.kind === 'territory' ? 7 : Math.log10(p.population + 10);
  return boost + size;
}

/** Builds a gazetteer over `places`, with the stoplist keys and the context words. */
export function createGazetteer(
  places: readonly Place[],
  stoplist: Iterable<string>,
  words: ContextWords,
): Gazetteer {
  const index = new Map<string, Place[]>();
  const byId = new Map<string, Place>();
  let maxTokens = 1;
  for (const p of places) {
    byId.set(p.id, p);
    for (const n of [p.name, ...p.names]) {
      const key = nameKey(n);
      if (key.length < 3) continue;
      const list = index.get(key);
      if (!list) index.set(key, [p]);
      else if (!list.includes(p)) list.push(p);
      maxTokens = Math.max(maxTokens, key.split(' ').length);
    }
  }
  // A place called so today beats one that merely had the name once ("Pokrovsk"
  // is the Ukrainian town, not Engels, formerly Pokrovsk).
  for (const [key, list] of index) {
    const score = (p: Place) => placeRank(p) + (nameKey(p.name) === key ? 1 : 0);
    list.sort((a, b) => score(b) - score(a));
  }
  const ctx: MatchContext = {
    index,
    prefixes: keyPrefixes(index),
    maxTokens,
    stop: new Set([...stoplist].map(nameKey)),
    before: new Set(words.before.map(nameKey)),
    after: new Set(words.after.map(nameKey)),
  };
  return {
    lookup: (name) => [...(index.get(nameKey(name)) ?? [])],
    get: (id) => byId.get(id),
    findInText: (text) => findPlaces(text, ctx),
    size: byId.size,
  };
}
