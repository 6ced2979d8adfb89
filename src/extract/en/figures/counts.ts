/**
 * What the people a figure counts did or are (FORMAT.md `counts`), from the
 * words around the number, most specific evidence first:
 *   1. "300-man battalion" → strength;
 *   2. a verb governing the number ("helped more than 400 men");
 *   3. the predicate after it in the same clause ("1,300 troops have been killed"),
 *      skipping a relative clause when the main predicate follows ("150 soldiers
 *      who refused deployment returned home" → returned);
 *   4. the counted noun itself ("15 recruits", "78 objectors");
 *   5. the nearest predicate before it in the sentence ("wanted to leave, along
 *      with at least 81 other soldiers").
 */
import type { FigureCounts } from '../../../claims/schema.ts';
import { compilePhrases, compileSuffix } from '../../text/patterns.ts';
import { COUNTS_GOVERNORS, COUNTS_PREDICATES, PEOPLE_NOUNS } from '../lexicon/load.ts';
import type { CountedNoun } from './counted.ts';

export interface CountsDecision {
  counts: FigureCounts;
  /** Sentence offsets of the evidence that decided it (for the quote). */
  start: number;
  end: number;
  rule: string;
}

const GOVERNORS = Object.entries(COUNTS_GOVERNORS).map(([counts, words]) => ({
  counts: counts as FigureCounts,
  re: compileSuffix(words ?? []),
}));
const PREDICATES = Object.entries(COUNTS_PREDICATES).map(([counts, words]) => ({
  counts: counts as FigureCounts,
  re: compilePhrases(words ?? []),
}));
// Where the clause that holds the number ends.
const CLAUSE_END_RE = /[;:!?]|\.(?:\s|$)|\s[—–]\s|,\s+(?:but|and|while|although|whereas|yet)\s/u;
const RELATIVE_RE = /(?<![\p{L}])(?:who|that|which|whose)(?![\p{L}])/u;
// Auxiliaries that may stand between a bare number and its predicate ("1,000 are left").
const AUX_RE =
  /^\s*(?:(?:have|has|had|been|are|were|is|was|already|also|all|reportedly|now|later|since|then|still|being|each)\s+){0,3}/u;

interface Hit {
  counts: FigureCounts;
  start: number;
  end: number;
}

/** All predicate hits in lower[from, to), in text order. */
function predicateHits(lower: string, from: number, to: number): Hit[] {
  const hits: Hit[] = [];
  const window = lower.slice(from, to);
  for (const { counts, re } of PREDICATES) {
    for (const m of window.matchAll(re)) {
      hits.push({ counts, start: from + m.index, end: from + m.index + m[0].length });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Offset where the clause starting at `from` ends. */
function clauseEnd(lower: string, from: number): number {
  const m = CLAUSE_END_RE.exec(lower.slice(from));
  return m ? from + m.index : lower.length;
}

/** A predicate right after a bare number (with auxiliaries between): "1,000 are left". */
export function predicateRightAfter(lower: string, end: number): Hit | null {
  const aux = AUX_RE.exec(lower.slice(end))?.[0] ?? '';
  const hits = predicateHits(lower, end, Math.min(lower.length, end + aux.length + 30));
  // The predicate may start right after the number or after the auxiliaries ("are left" is itself a predicate).
  const starts = new Set([end + (/^\s*/.exec(aux)?.[0].length ?? 0), end + aux.length]);
  for (let i = 0; i <= aux.length; i++) if (aux[i - 1] === ' ') starts.add(end + i);
  return hits.find((h) => starts.has(h.start)) ?? null;
}

/** The verb that governs the number, ending right where the qualifier (or number) starts. */
export function governorBefore(lower: string, at: number): Hit | null {
  const before = lower.slice(Math.max(0, at - 40), at);
  for (const { counts, re } of GOVERNORS) {
    const m = re.exec(before);
    if (m) return { counts, start: at - (before.length - m.index), end: at };
  }
  return null;
}

/** Decides `counts` for a number whose qualifier starts at `qStart`, number ends at `end`. */
export function decideCounts(
  lower: string,
  qStart: number,
  end: number,
  noun: CountedNoun | null,
): CountsDecision {
  const nounEnd = noun?.end ?? end;
  if (noun?.how === 'per-man')
    return { counts: 'strength', start: qStart, end: nounEnd, rule: 'counts.per-man' };
  const governor = governorBefore(lower, qStart);
  if (governor) return { ...governor, end: nounEnd, rule: 'counts.governor' };
  const forward = predicateHits(lower, nounEnd, clauseEnd(lower, nounEnd));
  const pick = RELATIVE_RE.test(lower.slice(nounEnd, forward[0]?.start ?? nounEnd)) ? forward[1] : undefined;
  const chosen = pick ?? forward[0];
  if (chosen) return { counts: chosen.counts, start: qStart, end: chosen.end, rule: 'counts.predicate' };
  const own = noun?.noun ? PEOPLE_NOUNS[noun.noun] : null;
  if (own) return { counts: own, start: qStart, end: nounEnd, rule: 'counts.noun' };
  const back = predicateHits(lower, 0, qStart).at(-1);
  if (back) return { counts: back.counts, start: back.start, end: nounEnd, rule: 'counts.predicate-before' };
  return { counts: 'other', start: qStart, end: nounEnd, rule: 'counts.none' };
}
