/**
 * Tokens of Russian text with offsets: words (letters, with inner hyphens),
 * numbers (digits, with the thin or plain spaces that group thousands and a
 * decimal comma) and single punctuation marks. Stages read morphology through
 * `readings` on the word tokens.
 */

/** One token: [start, end) offsets into the text it was cut from. */
export interface Token {
  start: number;
  end: number;
  text: string;
  kind: 'word' | 'number' | 'punct';
}

// Numbers first: "1 793", "10 308", "1,5", "1.5"; a group of three digits after a
// space continues the number only when the first group has at most 3 digits.
const TOKEN_RE =
  /(\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?![\d])|\d+(?:[.,]\d+)?)|([\p{L}\p{M}]+(?:[-‑][\p{L}\p{M}]+)*)|([^\s\p{L}\p{N}])/gu;

/** Cuts `text` into tokens; offsets are shifted by `base` (the text's own offset in the document). */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const kind = m[1] !== undefined ? 'number' : m[2] !== undefined ? 'word' : 'punct';
    out.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0], kind });
  }
  return out;
}

interface CachedTokens {
  text: string;
  tokens: readonly Token[];
}

/** The token caches of the document being extracted. */
interface DocumentCache {
  doc: object;
  /** Sentence tokens by sentence start. */
  sentences: Map<number, CachedTokens>;
  /** The whole document's tokens, for one list of sentences. */
  all: { sentences: readonly object[]; tokens: readonly Token[] } | null;
}

// One slot, not a WeakMap by document: stages run one document at a time, and
// weakly held entries outlived their document until a full collection, so
// young-generation collections kept copying and promoting them (measured).
let current: DocumentCache | null = null;

function cacheOf(doc: object): DocumentCache {
  if (current?.doc !== doc) current = { doc, sentences: new Map(), all: null };
  return current;
}

/**
 * The tokens of one sentence of a document, cut once and shared by every
 * stage that asks (the same as `tokenize(sentence.text, sentence.start)`).
 * The array is shared: callers must not change it.
 */
export function sentenceTokens(
  doc: object,
  sentence: { readonly start: number; readonly text: string },
): readonly Token[] {
  const sentences = cacheOf(doc).sentences;
  const hit = sentences.get(sentence.start);
  if (hit && hit.text === sentence.text) return hit.tokens;
  const tokens = Object.freeze(tokenize(sentence.text, sentence.start));
  sentences.set(sentence.start, { text: sentence.text, tokens });
  return tokens;
}

/**
 * The tokens of a whole document, in order: its sentences' shared tokens
 * joined (sentences split only at whitespace, so they cover every token of the
 * text), or the text cut afresh before the sentences stage has run. Built once
 * per document and sentence list; callers must not change the array.
 */
export function documentTokens(doc: {
  readonly text: string;
  readonly sentences: readonly { readonly start: number; readonly text: string }[];
}): readonly Token[] {
  const cache = cacheOf(doc);
  if (cache.all && cache.all.sentences === doc.sentences) return cache.all.tokens;
  const tokens = Object.freeze(
    doc.sentences.length ? doc.sentences.flatMap((s) => sentenceTokens(doc, s)) : tokenize(doc.text),
  );
  cache.all = { sentences: doc.sentences, tokens };
  return tokens;
}

/** The numeric value of a number token ("10 308" → 10308, "1,5" → 1.5). */
export function numberValue(raw: string): number {
  const compact = raw.replace(/[\u00a0\u202f\u2009 ]/g, '');
  return Number(compact.replace(',', '.'));
}
