/**
 * Words of a sentence with their offsets, clause and readings: what trigger
 * patterns and cue words are matched on. Readings come from ../morph.ts, which
 * caches them per word form, so a sentence costs one regex scan plus lookups.
 */
import { fold, type Reading, readings } from '../morph.ts';

/** One word of a sentence. */
export interface Token {
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  /** Lower case, ё folded to е. */
  form: string;
  /** Clause number within the sentence: punctuation that separates clauses increments it. */
  clause: number;
  /** Whether only white space stands between the word and the one before it. */
  spaced: boolean;
  readings: readonly Reading[];
  /** The form and the folded lemmas of every reading. */
  lemmas: ReadonlySet<string>;
  /** [folded lemma, part of speech] of every reading. */
  pairs: ReadonlyArray<readonly [string, string]>;
  /** `hasLemma` answers for this word form, by word set (shared by every token of the form). */
  hits: Map<ReadonlySet<string>, boolean>;
}

interface Analysis {
  form: string;
  readings: readonly Reading[];
  lemmas: ReadonlySet<string>;
  pairs: ReadonlyArray<readonly [string, string]>;
  hits: Map<ReadonlySet<string>, boolean>;
}

// Per word form, so folding and set building happen once per distinct word.
const analyses = new Map<string, Analysis>();
const CACHE_LIMIT = 100_000;

function analysisOf(word: string): Analysis {
  let a = analyses.get(word);
  if (!a) {
    if (analyses.size >= CACHE_LIMIT) analyses.clear();
    const form = fold(word);
    const rs = readings(word);
    const pairs = rs.map((r) => [fold(r.lemma), r.pos] as const);
    a = { form, readings: rs, lemmas: new Set([form, ...pairs.map(([l]) => l)]), pairs, hits: new Map() };
    analyses.set(word, a);
  }
  return a;
}

const WORD_RE = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
// Marks that separate clauses: commas, semicolons, colons, dashes, brackets.
const BOUNDARY_RE = /[,;:()—–]|\s-\s/;
const SPACE_RE = /^\s*$/;

/** The words of `text` in order. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let clause = 0;
  let last = 0;
  for (const m of text.matchAll(WORD_RE)) {
    // A single space (the usual gap) separates no clauses: skip the slice and the test.
    const gap = m.index - last;
    let spaced = true;
    if (gap > 1 || (gap === 1 && text.charCodeAt(last) !== 32)) {
      const between = text.slice(last, m.index);
      if (BOUNDARY_RE.test(between)) clause++;
      spaced = SPACE_RE.test(between);
    }
    const a = analysisOf(m[0]);
    const end = m.index + m[0].length;
    out.push({
      start: m.index,
      end,
      clause,
      spaced,
      form: a.form,
      readings: a.readings,
      lemmas: a.lemmas,
      pairs: a.pairs,
      hits: a.hits,
    });
    last = end;
  }
  return out;
}

/**
 * Whether the token's form or a lemma of one of its readings is among the
 * words. Memoised per word form and word set: frame cues are asked of every
 * word before each trigger. Meant for the few fixed cue sets (the memo grows
 * with the number of distinct sets asked).
 */
export function hasLemma(t: Token, words: ReadonlySet<string>): boolean {
  let hit = t.hits.get(words);
  if (hit === undefined) {
    hit = false;
    for (const l of t.lemmas) {
      if (words.has(l)) {
        hit = true;
        break;
      }
    }
    t.hits.set(words, hit);
  }
  return hit;
}
