/**
 * Role cues, stopwords, surname shapes and well-known officials for the people
 * stage (data/extract/en/people-roles.json, people-stopwords.json,
 * people-officials.json), read once.
 */
import { readFileSync } from 'node:fs';
import type { PersonRole } from '../../../claims/schema.ts';

/** Everything the people stage looks words up in, lower case. */
export interface PeopleLexicon {
  /** Title or apposition word(s) → role. Keys may hold several words. */
  readonly titles: ReadonlyMap<string, PersonRole>;
  /** Kinship word → role of the person it names ("mother" → relative, "son" → soldier). */
  readonly kinship: ReadonlyMap<string, PersonRole>;
  readonly speechVerbs: ReadonlySet<string>;
  readonly pseudonymCues: readonly string[];
  readonly soldierContext: ReadonlySet<string>;
  readonly stopwords: ReadonlySet<string>;
  readonly surnameEndings: readonly string[];
  readonly locativeBefore: ReadonlySet<string>;
  /** Known public figure's name token (surname, or full name) → role. */
  readonly known: ReadonlyMap<string, PersonRole>;
  /** Longest cue length in words. */
  readonly maxCueWords: number;
}

interface RolesFile {
  titles: Record<PersonRole, string[]>;
  kinship: { relative: string[]; soldierKin: string[] };
  speechVerbs: string[];
  pseudonymCues: string[];
  soldierContext: string[];
}
interface StopFile {
  words: string[];
  surnameEndings: string[];
  locativeBefore: string[];
}

const DATA = new URL('../../../../data/extract/en/', import.meta.url);
const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, DATA), 'utf8')) as T;

let cached: PeopleLexicon | undefined;

/** The people lexicon, read once. */
export function loadPeopleLexicon(): PeopleLexicon {
  if (cached) return cached;
  const roles = read<RolesFile>('people-roles.json');
  const stop = read<StopFile>('people-stopwords.json');
  const officials = read<Record<string, string[] | string>>('people-officials.json');
  const titles = new Map<string, PersonRole>();
  for (const [role, words] of Object.entries(roles.titles))
    for (const w of words) titles.set(w, role as PersonRole);
  const kinship = new Map<string, PersonRole>();
  for (const w of roles.kinship.relative) kinship.set(w, 'relative');
  for (const w of roles.kinship.soldierKin) kinship.set(w, 'soldier');
  const known = new Map<string, PersonRole>();
  for (const [role, names] of Object.entries(officials)) {
    if (!Array.isArray(names)) continue;
    for (const n of names) {
      known.set(n.toLowerCase(), role as PersonRole);
      known.set(n.split(' ').at(-1)!.toLowerCase(), role as PersonRole);
    }
  }
  const maxCueWords = Math.max(...[...titles.keys(), ...kinship.keys()].map((k) => k.split(' ').length));
  cached = {
    titles,
    kinship,
    speechVerbs: new Set(roles.speechVerbs),
    pseudonymCues: roles.pseudonymCues,
    soldierContext: new Set(roles.soldierContext),
    stopwords: new Set(stop.words),
    surnameEndings: stop.surnameEndings,
    locativeBefore: new Set(stop.locativeBefore),
    known,
    maxCueWords,
  };
  return cached;
}
