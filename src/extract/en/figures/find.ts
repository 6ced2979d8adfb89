/**
 * Figures in one sentence: every number that counts people, with its
 * qualifier, what it counts and the shortest verbatim stretch stating it.
 */
import type { Figure } from '../../../claims/schema.ts';
import type { Sentence } from '../../doc.ts';
import { normalizeForMatch } from '../../text/patterns.ts';
import { findNumbers, type NumberCandidate } from './candidates.ts';
import { exclusionReason, qualifierOf } from './context.ts';
import { type CountedNoun, countedNoun } from './counted.ts';
import { decideCounts, governorBefore, predicateRightAfter } from './counts.ts';

/** Figures stated in `sentence`, with offsets into the document. */
export function figuresInSentence(sentence: Sentence): Figure[] {
  const text = sentence.text;
  const lower = normalizeForMatch(text);
  const out: Figure[] = [];
  for (const c of findNumbers(text)) {
    if (exclusionReason(text, lower, c)) continue;
    const q = qualifierOf(lower, c);
    const noun = countedNoun(text, lower, c.end);
    if (!isHeadCount(lower, c, q.start, noun)) continue;
    const decision = decideCounts(lower, q.start, c.end, noun);
    const start = Math.min(decision.start, q.start);
    const end = Math.max(decision.end, q.end, c.end);
    out.push({
      value: c.value,
      qualifier: q.qualifier,
      percent: c.percent,
      counts: decision.counts,
      quote: text.slice(start, end),
      start: sentence.start + start,
      end: sentence.start + end,
      rule: `figure.${noun?.how ?? 'bare'}+${decision.rule}`,
    });
  }
  return out;
}

/** A number counts people when it has a counted noun, or, bare, a verb that governs it or a predicate after it. */
function isHeadCount(lower: string, c: NumberCandidate, qStart: number, noun: CountedNoun | null): boolean {
  if (noun) return true;
  if (c.percent) return predicateRightAfter(lower, c.end) !== null;
  return governorBefore(lower, qStart) !== null || predicateRightAfter(lower, c.end) !== null;
}
