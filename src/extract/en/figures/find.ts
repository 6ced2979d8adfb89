/**
 * Figures in one sentence: every number that counts people, with its
 * qualifier, what it counts and the shortest verbatim stretch stating it.
 * A number counts people when it heads a noun phrase of people (or of proxy
 * nouns such as criminal cases), or, bare, when the clause's structure makes
 * it a head count (bare.ts). Ranges ("10-15", "300 to 350", "between 20 and
 * 40") give two figures, one per bound.
 */
import type { Figure, Qualifier } from '../../../claims/schema.ts';
import type { Sentence } from '../../doc.ts';
import { normalizeForMatch } from '../../text/patterns.ts';
import { readBare } from './bare.ts';
import { findNumbers, type NumberCandidate } from './candidates.ts';
import { lastClassHit } from './classes.ts';
import { exclusionReason, qualifierOf } from './context.ts';
import { type CountsDecision, type DocMemory, decideCounts } from './counts.ts';
import { nounPhrase } from './noun-phrase.ts';
import { type Token, tokenAt, tokenize } from './tokens.ts';

export type { DocMemory } from './counts.ts';

/** One number, or the two bounds of a range, read as one expression. */
interface Expression {
  bounds: NumberCandidate[];
  /** Qualifier of each bound. */
  qualifiers: Qualifier[];
  /** Sentence offset where the expression (its qualifier included) starts, and where it ends. */
  start: number;
  end: number;
}

const RANGE_GAP_RE = /^\s*(?:-|–|to|or)\s*$/u;
const BETWEEN_RE = /(?:^|\s)between\s+$/u;

/** Groups numbers into single figures and ranges, with their qualifiers. */
function expressions(text: string, lower: string): Expression[] {
  const nums = findNumbers(text);
  const out: Expression[] = [];
  for (let i = 0; i < nums.length; i++) {
    const a = nums[i] as NumberCandidate;
    const b = nums[i + 1];
    const q = qualifierOf(lower, a);
    const gap = b ? lower.slice(a.end, b.start) : '';
    const between = b && /^\s+and\s+$/.test(gap) && BETWEEN_RE.test(lower.slice(0, a.start));
    if (b && b.value > a.value && b.percent === a.percent && (RANGE_GAP_RE.test(gap) || between)) {
      if (exclusionReason(text, lower, { ...b, value: Math.max(2, b.value) })) {
        i++;
        continue;
      }
      const start = between ? lower.lastIndexOf('between', a.start) : q.start;
      const bare = q.qualifier === 'exact' && start === a.start;
      out.push({
        bounds: [a, b],
        qualifiers: bare || between ? ['at_least', 'at_most'] : [q.qualifier, q.qualifier],
        start,
        end: b.end,
      });
      i++;
      continue;
    }
    if (exclusionReason(text, lower, a) && !coordinatedOne(lower, a, nums[i - 1])) continue;
    out.push({ bounds: [a], qualifiers: [q.qualifier], start: q.start, end: Math.max(q.end, a.end) });
  }
  return out;
}

/** "five officers and one soldier": a one joined to another figure counts too. */
function coordinatedOne(lower: string, c: NumberCandidate, prev: NumberCandidate | undefined): boolean {
  return (
    c.value === 1 &&
    !c.digits &&
    !!prev &&
    /\s(?:and|or)\s+$/.test(lower.slice(Math.max(0, c.start - 6), c.start))
  );
}

/** Figures stated in `sentence`, with offsets into the document. `memory` carries what earlier sentences decided. */
export function figuresInSentence(
  sentence: Sentence,
  memory: DocMemory = { proxy: null, previous: null },
  tokens: readonly Token[] = tokenize(sentence.text),
): Figure[] {
  const text = sentence.text;
  const lower = normalizeForMatch(text);
  const out: Figure[] = [];
  for (const e of expressions(text, lower)) {
    const first = tokenAt(tokens, e.start);
    const last = tokenAt(tokens, e.end) - 1;
    const upper = e.bounds.at(-1) as NumberCandidate;
    const np = nounPhrase(tokens, last, lower.slice(upper.end, upper.end + 12));
    let decision: CountsDecision | null;
    let qualifiers = e.qualifiers;
    if (np) decision = decideCounts(tokens, first, last, np, memory);
    else {
      const bare = readBare(tokens, first, last);
      if (!bare) continue;
      const counts = bare.hit?.counts ?? bare.own ?? 'other';
      decision = { counts, from: bare.from, to: Math.max(last + 1, bare.hit?.to ?? 0), rule: bare.rule };
      if (bare.qualifier)
        qualifiers = qualifiers.map((q) => (q === 'exact' ? (bare.qualifier as Qualifier) : q));
    }
    // "7.6 million of those": a share of a pronoun counts people only when the clause says what they did.
    if (!decision || (np?.how === 'partitive' && !np.head && decision.counts === 'other')) continue;
    const start = Math.min((tokens[decision.from] as Token | undefined)?.start ?? e.start, e.start);
    const end = Math.max((tokens[decision.to - 1] as Token | undefined)?.end ?? e.end, e.end);
    e.bounds.forEach((c, k) => {
      out.push({
        value: c.value,
        qualifier: qualifiers[k] ?? 'exact',
        percent: c.percent,
        counts: decision.counts,
        quote: text.slice(start, end),
        start: sentence.start + start,
        end: sentence.start + end,
        rule: `figure.${np?.how ?? 'bare'}+${decision.rule}`,
      });
    });
  }
  return out;
}

/** The class of the last class word in `text` (one sentence), for the next sentence's figures. */
export function lastClassIn(text: string, tokens: readonly Token[] = tokenize(text)): DocMemory['previous'] {
  return lastClassHit(tokens, 0, tokens.length)?.counts ?? null;
}
