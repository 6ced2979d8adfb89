/**
 * Loads the unit lexicon (data/extract/en/units.json): formation type words in
 * English and Russian, modifier words that may stand between a number and its
 * type, Russian abbreviations (ОМСБр, МСП, ВДД) and the cues of a military unit
 * number (в/ч 51460).
 */
import { readFileSync } from 'node:fs';

/** Formation types that make up a unit key (`64-brigade`). */
export type UnitType = 'brigade' | 'regiment' | 'division' | 'battalion' | 'army' | 'corps' | 'unit';

export interface UnitLexicon {
  /** Lower-case word → type ("brigade" → brigade, "полка" → regiment). */
  readonly typeWords: ReadonlyMap<string, UnitType>;
  /** Lower-case words allowed between the number and the type word. */
  readonly modifiers: ReadonlySet<string>;
  /** Lower-case abbreviation (possibly two words) → type. */
  readonly abbreviations: ReadonlyMap<string, UnitType>;
  /** Lower-case phrases that introduce a military unit number. */
  readonly numberCues: readonly string[];
  /** Lower-case words that make an ordinal something other than a unit ("20th century"). */
  readonly notAfter: ReadonlySet<string>;
}

interface UnitsFile {
  types: Record<string, string[]>;
  modifiers: string[];
  abbreviations: Record<string, string>;
  unitNumberCues: string[];
  notAfter: string[];
}

const DATA_URL = new URL('../../../../data/extract/en/units.json', import.meta.url);

let cached: UnitLexicon | undefined;

/** The unit lexicon, read once from its data file. */
export function loadUnitLexicon(): UnitLexicon {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(DATA_URL, 'utf8')) as UnitsFile;
  const typeWords = new Map<string, UnitType>();
  for (const [type, words] of Object.entries(file.types)) {
    for (const w of words) typeWords.set(w.toLowerCase(), type as UnitType);
  }
  cached = {
    typeWords,
    modifiers: new Set(file.modifiers.map((m) => m.toLowerCase())),
    abbreviations: new Map(
      Object.entries(file.abbreviations).map(([k, v]) => [k.toLowerCase(), v as UnitType]),
    ),
    numberCues: [...file.unitNumberCues].sort((a, b) => b.length - a.length),
    notAfter: new Set(file.notAfter),
  };
  return cached;
}
