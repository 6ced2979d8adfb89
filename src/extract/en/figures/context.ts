/**
 * What the words right around a number say about it: whether it is not a
 * head count at all (a year, an age, a date, a duration, a distance, money, an
 * id), and how sure the text is of it (the qualifier).
 */
import type { Qualifier } from '../../../claims/schema.ts';
import { compilePrefix, compileSuffix } from '../../text/patterns.ts';
import { dates, exclusions, QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from '../lexicon/load.ts';
import type { NumberCandidate } from './candidates.ts';

const AFTER_RE = compilePrefix(exclusions.after);
const HYPHEN_RE = new RegExp(`^-(?:${exclusions.hyphenAfter.join('|')})`, 'u');
const BEFORE_RE = compileSuffix(exclusions.before);
const MONTHS = dates.prefilter.slice(0, 24).join('|');
const MONTH_BEFORE_RE = new RegExp(`(?<![\\p{L}])(?:${MONTHS})\\.?\\s*$`, 'u');
const MONTH_AFTER_RE = new RegExp(`^\\s+(?:of\\s+)?(?:${MONTHS})(?![\\p{L}])`, 'u');
// A name or noun followed by a comma, then the number, then a comma: "Maxim, 28, a driver".
const AGE_APPOSITION_RE = /\p{Lu}\p{Ll}+,\s*$/u;

/** Why `c` is not a count of people, or null when nothing rules it out. `lower` is the normalized sentence. */
export function exclusionReason(text: string, lower: string, c: NumberCandidate): string | null {
  const before = lower.slice(Math.max(0, c.start - 40), c.start);
  const after = lower.slice(c.end, c.end + 40);
  if (HYPHEN_RE.test(after)) return 'hyphenated-measure';
  if (/^:\d/.test(after)) return 'time';
  if (!c.percent && AFTER_RE.test(after)) return 'measure-or-thing';
  if (BEFORE_RE.test(before)) return 'id-money-or-age';
  if (MONTH_BEFORE_RE.test(before) || MONTH_AFTER_RE.test(after)) return 'date';
  if (c.digits && /^\d{4}$/.test(c.raw) && c.value >= 1900 && c.value <= 2099) return 'year';
  if (/^\s*,/.test(after) && AGE_APPOSITION_RE.test(text.slice(Math.max(0, c.start - 40), c.start)))
    return 'age';
  if (c.value < 2 && !c.percent) return 'single';
  return null;
}

interface QualifierMatch {
  qualifier: Qualifier;
  /** Where the qualifier phrase starts (sentence offset), or the number's start when there is none. */
  start: number;
  end: number;
}

const BEFORE_QUALIFIERS = Object.entries(QUALIFIERS_BEFORE).map(([q, words]) => ({
  q: q as Qualifier,
  re: compileSuffix(words.map((w) => w.replace(/ /g, '\\s+'))),
}));
const AFTER_QUALIFIERS = Object.entries(QUALIFIERS_AFTER).map(([q, words]) => ({
  q: q as Qualifier,
  re: compilePrefix((words ?? []).map((w) => w.replace(/ /g, '\\s+'))),
}));

/** The qualifier of `c`: the longest qualifier phrase just before it, else one just after, else exact. */
export function qualifierOf(lower: string, c: NumberCandidate): QualifierMatch {
  const before = lower.slice(Math.max(0, c.start - 30), c.start);
  let best: QualifierMatch | null = null;
  for (const { q, re } of BEFORE_QUALIFIERS) {
    const m = re.exec(before);
    if (!m) continue;
    const start = c.start - (before.length - m.index);
    if (!best || start < best.start) best = { qualifier: q, start, end: c.end };
  }
  if (best) return best;
  const after = lower.slice(c.end, c.end + 20);
  for (const { q, re } of AFTER_QUALIFIERS) {
    const m = re.exec(after);
    if (m) return { qualifier: q, start: c.start, end: c.end + m[0].length };
  }
  return { qualifier: 'exact', start: c.start, end: c.end };
}
