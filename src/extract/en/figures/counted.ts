/**
 * Who a number counts: the counted noun after it ("234 soldiers", "81 other
 * soldiers", "eight and ten men"), a partitive ("80% of the brigade"), or, for a
 * bare number, a verb that governs it ("advised nearly 20,000") or a predicate
 * right after it ("1,000 are left"). A number with none of these is not a head count.
 */
import { escapeLiterals } from '../../text/patterns.ts';
import { people } from '../lexicon/load.ts';
import { wordsValue } from './candidates.ts';

/** The people a number counts: where the evidence ends and the noun's own count category, if it has one. */
export interface CountedNoun {
  /** Sentence offset where the counted noun (or partitive group) ends. */
  end: number;
  noun: string | null;
  /** How the number was recognised as a head count. */
  how: 'noun' | 'partitive' | 'per-man';
}

const NOUNS: ReadonlySet<string> = new Set(Object.keys(people.nouns));
const MODIFIERS: ReadonlySet<string> = new Set(people.modifiers);
const GROUP_RE = new RegExp(
  `^\\s+of\\s+(?:(?:the|them|whom|those|these|his|their|its|our|all)\\s+)?(?:[\\p{L}\\d-]+\\s+){0,4}?(?:${escapeLiterals(people.groups).join('|')}|${[...NOUNS].join('|')})(?![\\p{L}])`,
  'u',
);
const PER_MAN_RE = /^-(?:man|men|strong|member)(?![\p{L}])/u;
const WORD_RE = /\[|\]|[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/**
 * Finds the counted noun after the number ending at `end` in `lower` (the normalized sentence).
 * `text` is the original sentence, used to see capitals (nationalities: "Azerbaijani men").
 */
export function countedNoun(text: string, lower: string, end: number): CountedNoun | null {
  const after = lower.slice(end, end + 80);
  if (PER_MAN_RE.test(after)) return { end: end + after.indexOf('-') + 4, noun: 'man', how: 'per-man' };
  const group = GROUP_RE.exec(after);
  if (group) return { end: end + group[0].length, noun: null, how: 'partitive' };
  let skipped = 0;
  let expectNumber = false;
  let prevEnd = 0;
  for (const m of after.matchAll(WORD_RE)) {
    const word = m[0].replace(/[.,]+$/, '');
    const at = end + m.index;
    // Punctuation between words closes the noun phrase ("three or five,” the soldier").
    if (/[,;:—–”"“()!?]/.test(after.slice(prevEnd, m.index))) break;
    prevEnd = m.index + m[0].length;
    if (word === '[' || word === ']') continue;
    const next = after.slice(m.index + m[0].length).match(/^\s+(\S+\s+\S+)/)?.[1];
    const two = next ? `${word} ${next}` : '';
    if (NOUNS.has(two)) return { end: at + two.length, noun: two, how: 'noun' };
    if (NOUNS.has(word)) {
      // Keep an editor's closing bracket with the noun: "78 [objectors]".
      const close = lower[at + word.length] === ']' ? 1 : 0;
      return { end: at + word.length + close, noun: word, how: 'noun' };
    }
    if (expectNumber) {
      expectNumber = false;
      if (/^[\d,.]+$/.test(word) || wordsValue(word) !== null) continue;
    }
    if (word === 'and' || word === 'or' || word === 'to') {
      expectNumber = true;
      continue;
    }
    const capital = /^\p{Lu}/u.test(text.slice(at, at + 1));
    if (skipped >= 3 || !(MODIFIERS.has(word) || capital || /(ed|less|ful|ian|ese|i)$/.test(word))) break;
    skipped++;
  }
  return null;
}
