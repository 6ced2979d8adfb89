/**
 * The in-memory gazetteer: an index from folded name keys to places, with
 * lookup by name, by id, and a fast matcher over free text. Pure: built from
 * data passed in (see ./load.ts for the file loader).
 */
import { readNameTable } from '../resolve/names/load.ts';
import { type Folder, makeFolder, type TranslitTable } from '../resolve/names/skeleton.ts';
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
  // Each place's own key, computed once: the ranking below needs it for every place of a shared name.
  const ownKey = new Map<Place, string>();
  let maxTokens = 1;
  for (const p of places) {
    byId.set(p.id, p);
    const own = nameKey(p.name);
    ownKey.set(p, own);
    for (const n of [p.name, ...p.names]) {
      const key = n === p.name ? own : nameKey(n);
      if (key.length < 3) continue;
      const list = index.get(key);
      if (!list) index.set(key, [p]);
      else if (!list.includes(p)) list.push(p);
      maxTokens = Math.max(maxTokens, countWords(key));
    }
  }
  // A place called so today beats one that merely had the name once ("Pokrovsk"
  // is the Ukrainian town, not Engels, formerly Pokrovsk). Scores are computed
  // once per place and name, not per comparison: a common village name is shared
  // by hundreds of places. The sort is stable, so ties keep the file's order.
  for (const [key, list] of index) {
    if (list.length < 2) continue;
    const today = calledSo(key, ownKey);
    const scored = list.map((p) => ({ p, score: placeRank(p) + (today(p) ? 1 : 0) }));
    scored.sort((a, b) => b.score - a.score);
    for (const [i, s] of scored.entries()) list[i] = s.p;
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

/** Words in a name key (keys are joined by single spaces). */
function countWords(key: string): number {
  let n = 1;
  for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) n++;
  return n;
}

const CYRILLIC_RE = /[а-яё]/u;
let folder: Folder | null = null;
// A place's own name as a sound, computed once: one place shares many names.
const ownSounds = new WeakMap<Place, string>();

/** A name as a sound: the person resolver's transliteration skeletons (data/names/translit.json). */
function soundOf(name: string): string {
  folder ??= makeFolder(JSON.parse(readNameTable('translit.json')) as TranslitTable);
  const f = folder;
  return f.phonetic(name.split(' ').map(f.skeleton).join(''));
}

/**
 * Whether a shared name is the place's name today: its own name, or, for a
 * Cyrillic name, one that sounds like its own (Latin) name. "Ставрополь" is
 * Stavropol, not Tolyatti, which was called so until 1964. A Russian key is a
 * stem, so it need only begin the place's own name. The key's sound is taken
 * once per name, each place's once in all.
 */
function calledSo(key: string, ownKey: ReadonlyMap<Place, string>): (p: Place) => boolean {
  const spoken = CYRILLIC_RE.test(key) ? soundOf(key) : '';
  return (p) => {
    if (ownKey.get(p) === key) return true;
    if (spoken.length < 3) return false;
    let own = ownSounds.get(p);
    if (own === undefined) {
      own = soundOf(ownKey.get(p) ?? '');
      ownSounds.set(p, own);
    }
    return own.startsWith(spoken);
  };
}
