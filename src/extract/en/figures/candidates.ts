/**
 * Finding number expressions in English text: digits ("1,793", "1.5 million",
 * "80%", "80 percent") and words ("eight", "twenty-five", "two dozen",
 * "three hundred"). Vague plurals ("dozens", "hundreds") never match: the word
 * patterns require the singular number word to end there.
 */
import { DIGITS_SOURCE, parseDigits } from '../../text/numbers.ts';
import { numbers } from '../lexicon/load.ts';

/** A number found in a sentence; offsets are relative to the sentence text. */
export interface NumberCandidate {
  start: number;
  end: number;
  value: number;
  percent: boolean;
  /** True when written in digits (years, ids and phone numbers only come in digits). */
  digits: boolean;
  /** The raw digits as written ("1,793"), or '' for words. */
  raw: string;
}

const WORD_VALUES: ReadonlyMap<string, number> = new Map<string, number>([
  ...Object.entries(numbers.units),
  ...Object.entries(numbers.tens),
  ...Object.entries(numbers.ones),
]);
const SCALES: ReadonlyMap<string, number> = new Map(Object.entries(numbers.scales));
const SMALL = [...WORD_VALUES.keys()].sort((a, b) => b.length - a.length).join('|');
const SCALE = [...SCALES.keys()].join('|');
const PERCENT = `\\s*(?:%|${numbers.percentWords.map((w) => w.replace(' ', '\\s+')).join('|')})`;
// "and" joins only after a scale word ("three hundred and five"), never two counts ("eight and ten").
const WORD_NUMBER = `(?:(?:${SMALL})|a(?=\\s+(?:${SCALE}|dozen)))(?:(?:\\s+|-)(?:${SMALL}|${SCALE}|dozen)|(?<=${SCALE})\\s+and\\s+(?:${SMALL}))*`;

// "half a million", "half a dozen".
const HALF = `half\\s+a\\s+(?<half>${SCALE}|dozen)`;
// A hyphen before the number is allowed only after a digit: the upper bound of "10-15" is a number, "-5" is not.
const NUMBER_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?<!(?:^|[^\\p{N}])-)(?:(?<digits>${DIGITS_SOURCE})(?:\\s+(?<scale>${SCALE}))?|${HALF}|(?<words>${WORD_NUMBER}))(?<percent>${PERCENT})?(?![\\p{L}\\p{N}]|[.,]\\d)`,
  'giu',
);

/** Every number expression in `text`, in order. */
export function findNumbers(text: string): NumberCandidate[] {
  const out: NumberCandidate[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const g = m.groups ?? {};
    const value = g.digits
      ? digitValue(g.digits, g.scale)
      : g.half
        ? halfOf(g.half)
        : wordsValue(g.words ?? '');
    if (value === null) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value,
      percent: !!g.percent,
      digits: !!g.digits,
      raw: g.digits ?? '',
    });
  }
  return out;
}

function digitValue(digits: string, scale: string | undefined): number | null {
  const base = parseDigits(digits);
  if (base === null) return null;
  return scale ? Math.round(base * (SCALES.get(scale.toLowerCase()) ?? 1)) : base;
}

function halfOf(word: string): number {
  const w = word.toLowerCase();
  return w === 'dozen' ? numbers.dozen / 2 : (SCALES.get(w) ?? 0) / 2;
}

/** "three hundred and twenty-five" → 325; "two dozen" → 24; "a thousand" → 1000. */
export function wordsValue(phrase: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of phrase.toLowerCase().split(/[\s-]+/)) {
    if (word === 'and' || word === 'a') continue;
    const small = WORD_VALUES.get(word);
    const scale = SCALES.get(word);
    if (small !== undefined) current += small;
    else if (word === 'dozen') current = (current || 1) * numbers.dozen;
    else if (scale === 100) current = (current || 1) * 100;
    else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}
