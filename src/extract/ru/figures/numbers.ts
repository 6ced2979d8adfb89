/**
 * Number expressions in a Russian sentence: digits ("1 793", "1,5 тыс.",
 * "20 тысяч"), number words by lemma ("полторы тысячи", "четырех тысяч"),
 * collectives ("трое"), zero ("ноль", "ни одного"), percentages ("80%",
 * "80 процентов"), ranges ("10–15", "от 10 до 15") and the qualifier before
 * them ("не менее", "около"). What a number counts is decided in ./counted.ts.
 */
import type { Qualifier } from '../../../claims/schema.ts';
import {
  CARDINALS,
  COLLECTIVES,
  MULTIPLIERS,
  PERCENT_WORDS,
  QUALIFIER_PHRASES,
  ZERO_WORDS,
} from '../lexicon/figures.ts';
import { fold, readings } from '../morph.ts';
import { numberValue, type Token } from '../tokens.ts';

/** A number expression over tokens [from, to) of a sentence. */
export interface NumberSpan {
  from: number;
  to: number;
  /** Token index where the qualifier starts (= from when none). */
  qualifierFrom: number;
  value: number;
  qualifier: Qualifier;
  percent: boolean;
  /** "трое", "пятеро": counts people without a noun. */
  collective: boolean;
  /** Token index where the counted noun may start (after the second number of a range). */
  nounFrom: number;
}

type NumberWord = { kind: 'cardinal' | 'multiplier' | 'collective' | 'zero'; value: number };

const DASHES = new Set(['-', '–', '—', '‑']);

// Per word form: every word of a sentence is asked whether it is a number word.
const numberWords = new Map<string, Readonly<NumberWord> | null>();
const CACHE_LIMIT = 100_000;

/** The number meaning of one word token, by lemma, or null (memoised per word form). */
export function numberWord(word: string): Readonly<NumberWord> | null {
  let hit = numberWords.get(word);
  if (hit === undefined) {
    if (numberWords.size >= CACHE_LIMIT) numberWords.clear();
    hit = readNumberWord(word);
    numberWords.set(word, hit && Object.freeze(hit));
  }
  return hit;
}

function readNumberWord(word: string): NumberWord | null {
  const lower = fold(word);
  if (ZERO_WORDS.has(lower)) return { kind: 'zero', value: 0 };
  for (const r of readings(word)) {
    const lemma = fold(r.lemma);
    if (r.pos === 'NUMR' || r.pos === 'UNKN' || lemma === 'оба') {
      const coll = COLLECTIVES.get(lemma) ?? COLLECTIVES.get(lower);
      if (coll !== undefined) return { kind: 'collective', value: coll };
      const card = CARDINALS.get(lemma);
      if (card !== undefined) return { kind: 'cardinal', value: card };
    }
    const mult = MULTIPLIERS.get(lemma) ?? MULTIPLIERS.get(lower);
    if (mult !== undefined && (r.pos === 'NOUN' || r.pos === 'UNKN'))
      return { kind: 'multiplier', value: mult };
  }
  return null;
}

/** Reads one number expression starting at token i, or null. Returns the span without its qualifier. */
function readNumber(
  tokens: readonly Token[],
  i: number,
): Omit<NumberSpan, 'qualifierFrom' | 'qualifier' | 'nounFrom'> | null {
  const t = tokens[i];
  if (!t) return null;
  let j = i;
  let value: number;
  let collective = false;
  if (t.kind === 'number') {
    value = numberValue(t.text);
    j = i + 1;
  } else if (t.kind === 'word') {
    const read = readWords(tokens, i);
    if (!read) return null;
    ({ value, collective } = read);
    j = read.to;
  } else return null;
  // A multiplier after digits: "16 тысяч", "1,5 тыс."
  const next = tokens[j];
  if (t.kind === 'number' && next?.kind === 'word') {
    const w = numberWord(next.text);
    if (w?.kind === 'multiplier') {
      value *= w.value;
      j++;
      if (tokens[j]?.text === '.' && fold(next.text) === 'тыс') j++;
    }
  }
  let percent = false;
  const p = tokens[j];
  if (
    p &&
    (p.text === '%' || (p.kind === 'word' && readings(p.text).some((r) => PERCENT_WORDS.has(fold(r.lemma)))))
  ) {
    percent = true;
    j++;
  }
  return { from: i, to: j, value: Math.round(value * 1000) / 1000, percent, collective };
}

/** A run of number words ("двадцать пять тысяч"), summed like spoken numbers. */
function readWords(
  tokens: readonly Token[],
  i: number,
): { value: number; to: number; collective: boolean } | null {
  let total = 0;
  let current = 0;
  let j = i;
  let collective = false;
  let sawNumber = false;
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    if (t?.kind !== 'word') break;
    const w = numberWord(t.text);
    if (!w) break;
    if (w.kind === 'multiplier') {
      // "тысячи мобилизованных" without a number before is vague, not a figure;
      // "тысяча" in the singular is one thousand.
      if (!sawNumber && readings(t.text).some((r) => r.tags.includes('plur'))) return null;
      total += (sawNumber ? current : 1) * w.value;
      current = 0;
      sawNumber = true;
      continue;
    }
    if (w.kind === 'collective') collective = true;
    current += w.value;
    sawNumber = true;
  }
  if (!sawNumber) return null;
  const value = total + current;
  // A lone "один"/"одна" is mostly a pronoun ("один из них"), not a count.
  if (value === 1 && j === i + 1) return null;
  return { value, to: j, collective };
}

/** The qualifier ending right before token i: the longest phrase whose words match. */
function qualifierBefore(tokens: readonly Token[], i: number): { qualifier: Qualifier; from: number } {
  for (const { words, qualifier } of QUALIFIER_PHRASES) {
    const from = i - words.length;
    if (from < 0) continue;
    if (words.every((w, k) => fold(tokens[from + k]?.text ?? '') === w)) return { qualifier, from };
  }
  return { qualifier: 'exact', from: i };
}

/** "ни одного" / "ни один": zero before a noun. */
function zeroPhrase(tokens: readonly Token[], i: number): number | null {
  if (fold(tokens[i]?.text ?? '') !== 'ни') return null;
  const next = tokens[i + 1];
  if (next?.kind !== 'word') return null;
  return readings(next.text).some((r) => fold(r.lemma) === 'один') ? i + 2 : null;
}

/** All number expressions of a sentence's tokens, left to right; a range gives two. */
export function findNumbers(tokens: readonly Token[]): NumberSpan[] {
  const out: NumberSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const zeroTo = zeroPhrase(tokens, i);
    if (zeroTo !== null) {
      const zero = { from: i, to: zeroTo, qualifierFrom: i, nounFrom: zeroTo };
      out.push({ ...zero, value: 0, qualifier: 'exact', percent: false, collective: false });
      i = zeroTo - 1;
      continue;
    }
    const n = readNumber(tokens, i);
    if (!n) continue;
    const q = qualifierBefore(tokens, i);
    const first: NumberSpan = { ...n, qualifier: q.qualifier, qualifierFrom: q.from, nounFrom: n.to };
    const dash = tokens[n.to];
    const second = dash && DASHES.has(dash.text) ? readNumber(tokens, n.to + 1) : null;
    if (second && second.value > first.value) {
      // "10–15 тысяч": the multiplier and percent after the second number apply to both.
      const scale =
        first.value * 1000 <= second.value && second.value >= 1000 && first.to === n.to ? 1000 : 1;
      const shared = { nounFrom: second.to, percent: second.percent };
      out.push({ ...first, ...shared, value: first.value * scale, qualifier: 'at_least' });
      out.push({ ...second, ...shared, qualifier: 'at_most', qualifierFrom: second.from });
      i = second.to - 1;
      continue;
    }
    out.push(first);
    i = n.to - 1;
  }
  return out;
}
