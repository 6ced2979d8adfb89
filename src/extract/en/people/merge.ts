/**
 * Groups the name spans of one document into persons: "Ilya", "Kaminsky" and
 * "Ilya Kaminsky" are one person listed under the fullest name used. A short
 * name joins the most recent person whose name contains all its words.
 */
import type { NameSpan } from './candidates.ts';

/** One person of the document and every span that names them. */
export interface PersonGroup {
  /** The span with the most words (first such). */
  fullest: NameSpan;
  spans: NameSpan[];
  /** Lower-case words of every name used. */
  words: Set<string>;
}

/** Persons in order of first mention. */
export function groupPersons(spans: readonly NameSpan[]): PersonGroup[] {
  const groups: PersonGroup[] = [];
  for (const span of spans) {
    const words = span.parts.map((p) => p.toLowerCase());
    const group = findGroup(groups, words);
    if (group) {
      group.spans.push(span);
      for (const w of words) group.words.add(w);
      if (span.parts.length > group.fullest.parts.length) group.fullest = span;
    } else {
      groups.push({ fullest: span, spans: [span], words: new Set(words) });
    }
  }
  return mergeLate(groups);
}

/** The latest group whose words contain all of `words`, or whose words are all in `words`. */
function findGroup(groups: readonly PersonGroup[], words: readonly string[]): PersonGroup | undefined {
  for (let k = groups.length - 1; k >= 0; k--) {
    const g = groups[k]!;
    const fullest = g.fullest.parts.map((p) => p.toLowerCase());
    if (words.every((w) => g.words.has(w)) || fullest.every((w) => words.includes(w))) return g;
  }
  return undefined;
}

/** "Kaminsky ... Ilya Kaminsky": a short name seen before the full one joins it. */
function mergeLate(groups: PersonGroup[]): PersonGroup[] {
  const out: PersonGroup[] = [];
  for (const g of groups) {
    const single = g.fullest.parts.length === 1;
    const host = single
      ? groups.find((h) => h !== g && h.fullest.parts.length > 1 && [...g.words].every((w) => h.words.has(w)))
      : undefined;
    if (host) {
      host.spans.unshift(...g.spans);
      continue;
    }
    out.push(g);
  }
  return out;
}
