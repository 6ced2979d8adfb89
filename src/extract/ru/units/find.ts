/**
 * Finds military formations in Russian text, in any case form: a number (bare
 * or ordinal, "64", "64-я", "3-го"), up to six modifiers (adjectives agreeing
 * with the type word, "отдельной гвардейской мотострелковой") and a type word
 * by lemma ("бригады" → бригада) or an abbreviation ("ОМСБр", "мсп"); and
 * military unit numbers after a cue ("в/ч 51460", "войсковой части № 51460").
 * Keys are those of the English extractor and FORMAT.md: `64-brigade`,
 * `51460-unit`. Pure: text and lexicon in, hits out.
 */
import { fold, readings } from '../morph.ts';
import { type Token, tokenize } from '../tokens.ts';
import type { RuUnitLexicon, UnitType } from './lexicon.ts';

/** One formation found in the text. */
export interface RuUnitHit {
  /** `NUMBER-TYPE`, e.g. `64-brigade`, `51460-unit`. */
  key: string;
  /** The words as written, from the number (or the unit-number cue) to the type word. */
  mention: string;
  start: number;
  end: number;
  rule: string;
}

/** A number token read as the start of a formation name. */
interface Numbered {
  value: number;
  ordinal: boolean;
  /** Index of the first token after the number and its ordinal ending. */
  next: number;
}

const MAX_MODIFIERS = 6;
const CONJUNCTIONS = new Set(['и', 'или', ',']);
const HYPHENS = new Set(['-', '‑', '–']);

/** The key of a formation, as the English extractor writes it ("064" → 64). */
export function unitKey(digits: string, type: UnitType): string {
  return `${Number(digits)}-${type}`;
}

/** Every formation in `text`, in order of appearance (duplicates kept); `tokens` are the text's, cut once by the caller. */
export function findRussianUnits(
  text: string,
  lex: RuUnitLexicon,
  tokens: readonly Token[] = tokenize(text),
): RuUnitHit[] {
  const hits: RuUnitHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'number' || !/^\d+$/.test(t.text)) continue;
    const cue = unitNumberCue(text, tokens, i, lex);
    if (cue !== null && t.text.length >= 4 && t.text.length <= 6) {
      hits.push({
        key: unitKey(t.text, 'unit'),
        mention: text.slice(cue, t.end),
        start: cue,
        end: t.end,
        rule: 'ru-unit-number',
      });
      continue;
    }
    const chain = coordinated(tokens, i, lex);
    const last = chain.at(-1);
    if (!last || t.text.length > 4) continue;
    const walk = walkToType(tokens, last, lex);
    if (!walk) continue;
    const end = (tokens[walk.last] as Token).end;
    for (const n of chain) {
      hits.push({
        key: unitKey(String(n.value), walk.type),
        mention: text.slice(t.start, end),
        start: t.start,
        end,
        rule: walk.rule,
      });
    }
    i = walk.last;
  }
  return hits;
}

/** The number at `i` and any ordinals joined to it ("1-й и 2-й батальоны"); empty when `i` is not one. */
function coordinated(tokens: readonly Token[], i: number, lex: RuUnitLexicon): Numbered[] {
  const first = numberAt(tokens, i, lex);
  if (!first) return [];
  const chain = [first];
  for (let cur = first; cur.ordinal; ) {
    const conj = tokens[cur.next];
    if (!conj || !CONJUNCTIONS.has(fold(conj.text))) break;
    const next = numberAt(tokens, cur.next + 1, lex);
    if (!next?.ordinal) break;
    chain.push(next);
    cur = next;
  }
  return chain;
}

/** The number token at `i` with its ordinal ending ("64", "-", "я" written together), or null. */
function numberAt(tokens: readonly Token[], i: number, lex: RuUnitLexicon): Numbered | null {
  const t = tokens[i];
  if (t?.kind !== 'number' || !/^\d{1,4}$/.test(t.text)) return null;
  const dash = tokens[i + 1];
  const ending = tokens[i + 2];
  const ordinal =
    dash !== undefined &&
    ending !== undefined &&
    HYPHENS.has(dash.text) &&
    dash.start === t.end &&
    ending.start === dash.end &&
    lex.ordinalEndings.has(fold(ending.text));
  return { value: Number(t.text), ordinal, next: ordinal ? i + 3 : i + 1 };
}

interface Walk {
  type: UnitType;
  /** Index of the type word's last token. */
  last: number;
  rule: string;
}

/** Walks from after the number over modifiers to a type word or abbreviation. */
function walkToType(tokens: readonly Token[], n: Numbered, lex: RuUnitLexicon): Walk | null {
  let modifiers = 0;
  let singular = false;
  for (let j = n.next; j < tokens.length && modifiers <= MAX_MODIFIERS; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct' && t.text === '.' && fold(tokens[j - 1]?.text ?? '') === 'гв') continue;
    if (t.kind !== 'word') return null;
    const abbr = abbreviation(t, lex);
    if (abbr) return { type: abbr, last: j, rule: 'ru-unit-abbreviation' };
    const type = typeWord(t.text, lex);
    if (type) {
      if (lex.needModifier.has(type.lemma) && modifiers === 0) return null;
      if (!n.ordinal && !bareNumberNamesUnit(n.value, type, singular)) return null;
      return { type: type.type, last: j, rule: n.ordinal ? 'ru-unit-ordinal' : 'ru-unit-number-type' };
    }
    const mod = modifier(t.text, lex);
    if (!mod) return null;
    // A bare number before plural adjectives counts formations ("5 отдельных бригад").
    if (!n.ordinal && !mod.singular) return null;
    singular ||= mod.singular;
    modifiers++;
  }
  return null;
}

/** The type of an abbreviation as written; short ones ("ТА", "ОА") only in capitals, "та" being a pronoun. */
function abbreviation(t: Token, lex: RuUnitLexicon): UnitType | null {
  const type = lex.abbreviations.get(fold(t.text));
  if (!type) return null;
  return t.text.length > 2 || t.text === t.text.toUpperCase() ? type : null;
}

interface TypeReading {
  type: UnitType;
  lemma: string;
  /** Cases the form may be in when singular. */
  singularCases: string[];
}

/** The type a word names by its lemma as a noun, with the singular cases the form may have. */
function typeWord(word: string, lex: RuUnitLexicon): TypeReading | null {
  let found: TypeReading | null = null;
  for (const r of readings(word)) {
    const type = r.pos === 'NOUN' ? lex.types.get(fold(r.lemma)) : undefined;
    if (!type) continue;
    found ??= { type, lemma: fold(r.lemma), singularCases: [] };
    if (r.tags.includes('sing'))
      found.singularCases.push(...r.tags.filter((x) => /^(nomn|gent|datv|accs|ablt|loct)$/.test(x)));
  }
  return found;
}

/**
 * Whether a number without an ordinal ending names a unit rather than counts
 * units: the type word must be singular, and after 2, 3 or 4 (which take the
 * genitive singular when counting, "3 бригады") a singular modifier or a
 * non-genitive form must show it is an ordinal ("3 отдельной бригады", "в 3 бригаде").
 */
function bareNumberNamesUnit(value: number, type: TypeReading, singularModifier: boolean): boolean {
  if (type.singularCases.length === 0) return false;
  if (value < 2 || value > 4 || singularModifier) return true;
  return !type.singularCases.includes('gent');
}

/** Whether a word may stand between the number and the type word, and whether it is singular. */
function modifier(word: string, lex: RuUnitLexicon): { singular: boolean } | null {
  const rs = readings(word);
  const known = lex.modifiers.has(fold(word)) || rs.some((r) => lex.modifiers.has(fold(r.base)));
  const adjectives = rs.filter((r) => r.pos === 'ADJF' || r.pos === 'PRTF');
  if (!known && adjectives.length === 0) return null;
  const singular = adjectives.length === 0 || adjectives.some((r) => r.tags.includes('sing'));
  return { singular };
}

/** Start offset of a unit-number cue ("в/ч", "войсковой части", optionally "№") just before token `i`, or null. */
function unitNumberCue(text: string, tokens: readonly Token[], i: number, lex: RuUnitLexicon): number | null {
  let j = i - 1;
  while (j >= 0 && (tokens[j]?.text === '№' || HYPHENS.has(tokens[j]?.text ?? ''))) j--;
  const edge = tokens[j]?.end ?? 0;
  const before = fold(text.slice(Math.max(0, edge - 8), edge));
  for (const abbr of lex.numberAbbreviations) {
    if (!before.endsWith(abbr)) continue;
    const at = edge - abbr.length;
    if (at === 0 || !/\p{L}/u.test(text[at - 1] ?? '')) return at;
  }
  for (const cue of lex.numberCues) {
    const words = tokens.slice(Math.max(0, j - cue.length + 1), j + 1);
    if (words.length !== cue.length) continue;
    if (
      words.every(
        (w, k) =>
          w.kind === 'word' &&
          readings(w.text).some((r) => fold(r.lemma) === cue[k] || fold(r.base) === cue[k]),
      )
    ) {
      return (words[0] as Token).start;
    }
  }
  return null;
}
