/**
 * The Russian unit lexicon: type words by lemma, modifier lemmas, abbreviations
 * (ОМСБр, мсп, ВДД) and the cues of a military unit number (в/ч, войсковая
 * часть), from data/extract/ru/units.json, enlarged with what the units
 * gazetteer (data/units/units.tsv) spells in Russian: its abbreviated names
 * ("64 ОМСБр") teach abbreviations and its full names ("64-я отдельная
 * гвардейская мотострелковая бригада") teach modifiers, so a formation added
 * to the gazetteer is read in Russian text without a second list to keep.
 */
import { readFileSync } from 'node:fs';
import lexicon from '../../../../data/extract/ru/units.json' with { type: 'json' };
import { parseUnits, type UnitEntry } from '../../../kb/units/gazetteer.ts';
import { bases, fold } from '../morph.ts';

/** Formation types that make up a unit key (`64-brigade`), as in FORMAT.md. */
export type UnitType = 'brigade' | 'regiment' | 'division' | 'battalion' | 'army' | 'corps' | 'unit';

/** What the Russian units finder matches against; every key is folded (lower case, ё → е). */
export interface RuUnitLexicon {
  /** Lemma of a type word → type ("бригада" → brigade). */
  readonly types: ReadonlyMap<string, UnitType>;
  /** Type lemmas that need a modifier to name a unit ("3-й армейский корпус", not "3-й корпус" of a prison). */
  readonly needModifier: ReadonlySet<string>;
  /** Lemmas of words allowed between the number and the type word. */
  readonly modifiers: ReadonlySet<string>;
  /** Abbreviation as written, folded → type ("омсбр" → brigade). */
  readonly abbreviations: ReadonlyMap<string, UnitType>;
  /** Lemma pairs that introduce a unit number ("войсковой часть"). */
  readonly numberCues: readonly (readonly string[])[];
  /** Written abbreviations that introduce a unit number, longest first ("в/ч"). */
  readonly numberAbbreviations: readonly string[];
  /** Endings written after an ordinal's digits ("я" of "64-я"). */
  readonly ordinalEndings: ReadonlySet<string>;
}

const GAZETTEER_URL = new URL('../../../../data/units/units.tsv', import.meta.url);
const ABBREVIATED_NAME_RE = /^\d+\s+(?:гв\.?\s*)?([\p{L}.]+)$/u;
const FULL_NAME_RE = /^\d+-[а-яё]+\s+(.+)$/u;

let cached: RuUnitLexicon | undefined;

/** The Russian unit lexicon, built once (the gazetteer's names need the analyser). */
export function loadRuUnitLexicon(): RuUnitLexicon {
  if (cached) return cached;
  const types = new Map(Object.entries(lexicon.types).map(([w, t]) => [fold(w), t as UnitType]));
  const modifiers = new Set(lexicon.modifiers.map(fold));
  const abbreviations = new Map(
    Object.entries(lexicon.abbreviations).map(([w, t]) => [fold(w), t as UnitType]),
  );
  learnFromNames(parseUnits(readFileSync(GAZETTEER_URL, 'utf8')), types, modifiers, abbreviations);
  cached = {
    types,
    modifiers,
    abbreviations,
    needModifier: new Set(lexicon.needModifier.map(fold)),
    numberCues: lexicon.unitNumberCues.map((cue) => cue.map(fold)),
    numberAbbreviations: [...lexicon.unitNumberAbbreviations].sort((a, b) => b.length - a.length),
    ordinalEndings: new Set(lexicon.ordinalEndings),
  };
  return cached;
}

/**
 * Adds what the gazetteer's Russian names teach: the abbreviation of "64 ОМСБр"
 * (typed by the entry's key) and the modifier lemmas before the type word of
 * "64-я отдельная гвардейская мотострелковая бригада".
 */
export function learnFromNames(
  entries: readonly Pick<UnitEntry, 'key' | 'names'>[],
  types: ReadonlyMap<string, UnitType>,
  modifiers: Set<string>,
  abbreviations: Map<string, UnitType>,
): void {
  for (const entry of entries) {
    const type = entry.key.slice(entry.key.indexOf('-') + 1) as UnitType;
    for (const name of entry.names) {
      const abbr = fold(ABBREVIATED_NAME_RE.exec(name)?.[1] ?? '');
      if (abbr && !abbreviations.has(abbr)) abbreviations.set(abbr, type);
      const full = FULL_NAME_RE.exec(name);
      if (!full) continue;
      // Words before the type word are modifiers; words after it ("морской пехоты") are not needed.
      for (const word of (full[1] ?? '').split(/\s+/)) {
        const lemmas = bases(word).map(fold);
        if (lemmas.some((l) => types.has(l))) break;
        for (const l of lemmas) modifiers.add(l);
      }
    }
  }
}
