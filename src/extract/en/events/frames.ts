/**
 * Tokens of a sentence and the frame conditions of trigger entries, checked
 * around one token: what must come before or after a trigger word for it to
 * report an event ("refused" + "to" + a combat verb; "held" + a place of
 * confinement; a passive "was drafted"). Windows stop at clause boundaries.
 */
import type { Condition } from './lexicon.ts';
import { wordClass } from './lexicon.ts';

/** A word (or a clause-boundary mark) of a lower-cased sentence, with offsets into it. */
export interface Token {
  /** The form looked up: lower case, possessive "'s" stripped. */
  form: string;
  start: number;
  end: number;
  /** Punctuation or a conjunction that ends a clause. */
  boundary: boolean;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[,;:()\u2014\u2013]/gu;
const BOUNDARY_WORDS = new Set(['but', 'although', 'though', 'whereas', 'while', 'because', 'yet']);

/** The tokens of a lower-cased sentence. */
export function tokenize(lower: string): Token[] {
  const out: Token[] = [];
  for (const m of lower.matchAll(TOKEN_RE)) {
    const word = m[0];
    const form = word.replace(/['’]s?$/u, '');
    const boundary = !/^[\p{L}\p{N}]/u.test(word) || BOUNDARY_WORDS.has(word);
    out.push({ form, start: m.index, end: m.index + word.length, boundary });
  }
  return out;
}

const AUX = wordClass('aux');
const PEOPLE = wordClass('people');
const DET = wordClass('det');
const NUMBER_RE = /^\d/u;

/** Tokens after index `i` up to `n` of them, stopping at a clause boundary. */
function after(tokens: Token[], i: number, n: number): Token[] {
  const out: Token[] = [];
  for (let k = i + 1; k < tokens.length && out.length < n; k++) {
    const t = tokens[k] as Token;
    if (t.boundary) break;
    out.push(t);
  }
  return out;
}

/** Tokens before index `i`, nearest first, up to `n`, stopping at a clause boundary. */
function before(tokens: Token[], i: number, n: number): Token[] {
  const out: Token[] = [];
  for (let k = i - 1; k >= 0 && out.length < n; k--) {
    const t = tokens[k] as Token;
    if (t.boundary) break;
    out.push(t);
  }
  return out;
}

const isIn = (words: ReadonlySet<string> | undefined, t: Token) =>
  !!words && (words.has(t.form) || (words.has('#') && NUMBER_RE.test(t.form)));

/** Does `c` hold for the trigger at token `i`? */
function holds(c: Condition, tokens: Token[], i: number): boolean {
  switch (c.op) {
    case 'any':
      return true;
    case 'past':
      return isIn(c.words, tokens[i] as Token);
    case 'pass': {
      // A past participle after an auxiliary ("was drafted", "have been freed") or right after
      // the people it happened to (a reduced relative: "soldiers killed in the attack").
      if (!isIn(c.words, tokens[i] as Token)) return false;
      // Before a people noun the participle is an adjective ("a drafted soldier"), not a passive.
      const next = tokens[i + 1];
      if (next && PEOPLE.has(next.form)) return false;
      const prev = before(tokens, i, 4);
      return prev.some((t) => AUX.has(t.form)) || (!!prev[0] && PEOPLE.has(prev[0].form));
    }
    case 'notnext':
      return !after(tokens, i, 3).some((t) => isIn(c.words, t));
    case 'notnext1': {
      const next = tokens[i + 1];
      return !next || next.boundary || !isIn(c.words, next);
    }
    case 'notprev':
      return !before(tokens, i, 2).some((t) => isIn(c.words, t));
    case 'verb': {
      const prev = tokens[i - 1];
      return !prev || !DET.has(prev.form);
    }
    case 'notto':
      return tokens[i + 1]?.form !== 'to';
    case 'next':
      return after(tokens, i, 2).some((t) => isIn(c.words, t));
    case 'obj':
      return after(tokens, i, 5).some((t) => isIn(c.words, t));
    case 'prev':
      return before(tokens, i, 6).some((t) => isIn(c.words, t));
    case 'to': {
      const next = after(tokens, i, 4);
      const at = next.findIndex((t) => t.form === 'to');
      if (at < 0 || at > 2) return false;
      return next.slice(at + 1, at + 3).some((t) => isIn(c.words, t));
    }
  }
}

/** Does one of the frames (each a conjunction of conditions) hold at token `i`? */
export function frameHolds(frames: Condition[][], tokens: Token[], i: number): boolean {
  return frames.some((frame) => frame.every((c) => holds(c, tokens, i)));
}
