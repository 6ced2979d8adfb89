/**
 * Candidate person names: runs of capitalised tokens that are not stopwords and
 * not inside an organisation, place, unit or heading, kept when their shape or
 * context says "person" (a given name, a surname ending, a title or speech verb
 * next to them, a pseudonym cue). Sentence-initial capitals count only when the
 * word is a given name or is used as a name elsewhere in the document.
 */
import { isCapitalised, type Token } from '../organizations/tokens.ts';
import type { PeopleLexicon } from './lexicon.ts';

/** One name found in the text: token range [from, to). */
export interface NameSpan {
  from: number;
  to: number;
  /** The name's tokens as written. */
  parts: string[];
  rule: string;
}

/** What candidate finding needs besides the tokens. */
export interface CandidateContext {
  tokens: readonly Token[];
  /** Tokens inside organisations, places, units or headings. */
  blocked: readonly boolean[];
  text: string;
  lex: PeopleLexicon;
  isGiven: (token: string) => boolean;
  /** Lower-case words the document also uses in lower case (common words, not names). */
  lowerWords: ReadonlySet<string>;
}

const PARTICLES = new Set(['von', 'van', 'der', 'de', 'bin', 'al', 'la', 'le', 'du', 'da']);
const OPENERS = /^[.!?"“”‘'«(:—–-]$/;
const MAX_PARTS = 4;

/** Accepted name spans, in text order. */
export function findNameSpans(c: CandidateContext): NameSpan[] {
  const runs = rawRuns(c);
  const confirmed = new Set<string>();
  for (const [from, to] of runs) {
    if (isInitial(c, from)) continue;
    for (let k = from; k < to; k++) if (isNamePart(c, k)) confirmed.add(c.tokens[k]!.text.toLowerCase());
  }
  const out: NameSpan[] = [];
  for (const [rawFrom, to] of runs) {
    let from = rawFrom;
    const first = c.tokens[from]!.text;
    if (
      isInitial(c, from) &&
      !c.isGiven(first) &&
      !(confirmed.has(first.toLowerCase()) && !c.lowerWords.has(first.toLowerCase()))
    )
      from++;
    if (from >= to) continue;
    const rule = accept(c, from, to);
    if (rule)
      out.push({
        from,
        to,
        parts: c.tokens
          .slice(from, to)
          .map((t) => t.text)
          .filter((t) => t !== '-'),
        rule,
      });
  }
  return out;
}

/** Runs of name-like tokens, joined by hyphens and particles, at most MAX_PARTS words. */
function rawRuns(c: CandidateContext): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < c.tokens.length) {
    if (!nameLike(c, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < c.tokens.length) {
      if (nameLike(c, j) && sameLine(c, j)) j++;
      else if (
        (c.tokens[j]!.text === '-' || PARTICLES.has(c.tokens[j]!.text)) &&
        nameLike(c, j + 1) &&
        adjacent(c, j)
      )
        j += 2;
      else break;
    }
    if (j - i <= MAX_PARTS * 2 - 1) runs.push([i, j]);
    i = j;
  }
  return runs;
}

function nameLike(c: CandidateContext, k: number): boolean {
  const t = c.tokens[k];
  if (!t || c.blocked[k]) return false;
  const s = t.text;
  if (!isCapitalised(s) || s.length < 2 || !/^[\p{L}'.]+$/u.test(s) || /\./.test(s)) return false;
  // All capitals (FSB, NATO) are acronyms, not names.
  if (s.length > 1 && s === s.toUpperCase()) return false;
  return !c.lex.stopwords.has(s.toLowerCase());
}

const sameLine = (c: CandidateContext, k: number) =>
  !c.text.slice(c.tokens[k - 1]!.end, c.tokens[k]!.start).includes('\n');
const adjacent = (c: CandidateContext, k: number) =>
  c.tokens[k - 1]!.end === c.tokens[k]!.start ||
  c.text.slice(c.tokens[k - 1]!.end, c.tokens[k]!.start) === ' ';

/** True at the first word of a sentence, line, quotation or parenthesis. */
export function isInitial(c: CandidateContext, k: number): boolean {
  const prev = c.tokens[k - 1];
  if (!prev) return true;
  if (c.text.slice(prev.end, c.tokens[k]!.start).includes('\n')) return true;
  return OPENERS.test(prev.text);
}

/** A token that looks like a name on its own: a given name or a surname shape. */
function isNamePart(c: CandidateContext, k: number): boolean {
  const s = c.tokens[k]!.text;
  return c.isGiven(s) || surnameShaped(c, s);
}

function surnameShaped(c: CandidateContext, s: string): boolean {
  const l = s.toLowerCase();
  return l.length >= 4 && !c.lowerWords.has(l) && c.lex.surnameEndings.some((e) => l.endsWith(e));
}

/** Why the span [from, to) is a person's name, or null when nothing says so. */
function accept(c: CandidateContext, from: number, to: number): string | null {
  const words = c.tokens.slice(from, to).filter((t) => t.text !== '-' && !PARTICLES.has(t.text));
  if (words.every((t) => c.lowerWords.has(t.text.toLowerCase()))) return null;
  const before = lowerAt(c, from - 1);
  const after = lowerAt(c, to);
  const last = words.at(-1)!.text;
  if (
    c.lex.known.has(words.map((t) => t.text.toLowerCase()).join(' ')) ||
    c.lex.known.has(last.toLowerCase())
  )
    return 'name-known-figure';
  if (c.isGiven(words[0]!.text)) return words.length > 1 ? 'name-given-surname' : 'name-given';
  if (words.length === 1 && c.lex.locativeBefore.has(before)) return null;
  if (surnameShaped(c, last)) return 'name-surname-shape';
  if (c.lex.titles.has(before) && isCapitalised(c.tokens[from - 1]!.text)) return 'name-after-title';
  if (pseudonymBefore(c, from)) return 'name-pseudonym';
  if (words.length > 1 && (c.lex.speechVerbs.has(after) || c.lex.speechVerbs.has(before)))
    return 'name-speech';
  return null;
}

const lowerAt = (c: CandidateContext, k: number) => c.tokens[k]?.text.toLowerCase() ?? '';

/** "identified only as X", "call sign X", "nicknamed X". */
function pseudonymBefore(c: CandidateContext, from: number): boolean {
  const head = c.text
    .slice(Math.max(0, c.tokens[from]!.start - 40), c.tokens[from]!.start)
    .toLowerCase()
    .replace(/[\s"“”‘'«,:]+$/, '');
  return c.lex.pseudonymCues.some((cue) => head.endsWith(cue));
}
