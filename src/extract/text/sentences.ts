/**
 * Sentence splitting with offsets. Language-neutral: the abbreviations that do
 * not end a sentence come in as data. Each non-empty line is its own paragraph
 * (news text puts headlines, captions and paragraphs on their own lines); a
 * line that does not end like a sentence is marked as a title.
 */
import type { Sentence } from '../doc.ts';

/** Words that end with a period without ending the sentence, lower case and without the final period. */
export interface Abbreviations {
  always: ReadonlySet<string>;
  /** Only when a number follows ("No. 5"), since "no." also ends sentences. */
  beforeNumber: ReadonlySet<string>;
}

// Candidate end: terminal punctuation, then any closing quotes or brackets, then whitespace.
const END_RE = /(?:[.!?]+|…|\.\.\.)[”’"')\]]*(?=\s)/g;
// What may open the next sentence: a capital, a digit, an opening quote, bracket or bullet.
const OPENER_RE = /^\s+[\p{Lu}\p{N}“‘"'([•\-—]/u;
const LINE_END_RE = /[.!?…:][”’"')\]]*\s*$/;
const WORD_BEFORE_RE = /([\p{L}.]+)\.$/u;

/** Splits `text` into sentences whose offsets point into `text`. */
export function splitSentences(text: string, abbreviations: Abbreviations): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = -1;
  const lineRe = /[^\n]+/g;
  for (const line of text.matchAll(lineRe)) {
    if (!line[0].trim()) continue;
    paragraph++;
    const kind = LINE_END_RE.test(line[0]) ? 'text' : 'title';
    for (const [s, e] of splitLine(line[0], abbreviations)) {
      const start = line.index + s;
      const end = line.index + e;
      out.push({ start, end, text: text.slice(start, end), paragraph, kind });
    }
  }
  return out;
}

/** [start, end) spans of the sentences in one line, trimmed. */
function splitLine(line: string, abbreviations: Abbreviations): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (const m of line.matchAll(END_RE)) {
    const end = m.index + m[0].length;
    if (!OPENER_RE.test(line.slice(end, end + 3))) continue;
    if (m[0].startsWith('.') && !m[0].startsWith('..') && isAbbreviation(line, m.index, end, abbreviations))
      continue;
    pushTrimmed(spans, line, from, end);
    from = end;
  }
  pushTrimmed(spans, line, from, line.length);
  return spans;
}

/** Is the period at `dot` the end of an abbreviation or an initial rather than of a sentence? */
function isAbbreviation(line: string, dot: number, after: number, abbreviations: Abbreviations): boolean {
  const word = WORD_BEFORE_RE.exec(line.slice(Math.max(0, dot - 12), dot + 1))?.[1];
  if (!word) return false;
  const lower = word.toLowerCase();
  if (abbreviations.always.has(lower)) return true;
  // A single capital is an initial ("J. Smith"); letters with inner dots are an acronym ("U.S.").
  if (/^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return abbreviations.beforeNumber.has(lower) && /^\s+\d/.test(line.slice(after, after + 3));
}

function pushTrimmed(spans: Array<[number, number]>, line: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(line[s] ?? '')) s++;
  while (e > s && /\s/.test(line[e - 1] ?? '')) e--;
  if (e > s) spans.push([s, e]);
}
