/**
 * Trigger patterns over lemma classes (syntax in data/extract/ru/events.json):
 * "отказаться|отказ ~3 воевать|служба" is two elements, the second at most
 * three words after the first, within one clause. Matching goes through the
 * readings of each word, so every inflection of a lemma matches.
 */
import { fold } from '../morph.ts';
import type { Token } from './tokens.ts';

/** One element: alternative lemmas or forms, optionally limited to some parts of speech. */
interface Element {
  words: ReadonlySet<string>;
  pos: ReadonlySet<string> | null;
  /** Words allowed between the previous element and this one. */
  gap: number;
}

/** A compiled pattern. */
export interface Pattern {
  source: string;
  elements: Element[];
}

/** Compiles one pattern string. */
export function compilePattern(source: string): Pattern {
  const elements: Element[] = [];
  let gap = 0;
  for (const part of source.trim().split(/\s+/)) {
    const g = /^~(\d+)$/.exec(part);
    if (g) {
      gap = Number(g[1]);
      continue;
    }
    const [words = '', pos] = part.split('@');
    elements.push({
      words: new Set(words.split('|').map(fold)),
      pos: pos ? new Set(pos.split(',')) : null,
      gap,
    });
    gap = 0;
  }
  return { source, elements };
}

/** Does the token match the element: its form, or a reading's lemma of an allowed part of speech? */
function matches(t: Token, e: Element): boolean {
  if (!e.pos) {
    for (const l of t.lemmas) if (e.words.has(l)) return true;
    return false;
  }
  const pos = e.pos;
  return t.pairs.some(([lemma, p]) => pos.has(p) && e.words.has(lemma));
}

/** A pattern's match: indexes of its first and last token. */
export interface PatternMatch {
  first: number;
  last: number;
}

/** The first match of the pattern starting at token `i`, or null. */
function matchAt(p: Pattern, tokens: Token[], i: number): PatternMatch | null {
  const elements = p.elements;
  const head = elements[0];
  const t = tokens[i];
  if (!head || !t || !matches(t, head)) return null;
  let at = i;
  for (let n = 1; n < elements.length; n++) {
    const e = elements[n] as Element;
    let found = -1;
    for (let k = at + 1; k <= at + 1 + e.gap && k < tokens.length; k++) {
      const tk = tokens[k] as Token;
      if (tk.clause !== t.clause) break;
      if (matches(tk, e)) {
        found = k;
        break;
      }
    }
    if (found < 0) return null;
    at = found;
  }
  return { first: i, last: at };
}

/**
 * Every match of the pattern in the tokens, left to right, not overlapping,
 * trying only the token indexes in `starts` (ascending): the caller knows
 * where the pattern's head may match, so the other tokens need not be tried.
 */
export function matchAllFrom(p: Pattern, tokens: Token[], starts: readonly number[]): PatternMatch[] {
  const out: PatternMatch[] = [];
  let after = -1;
  for (const i of starts) {
    if (i <= after) continue;
    const m = matchAt(p, tokens, i);
    if (m) {
      out.push(m);
      after = m.last;
    }
  }
  return out;
}
