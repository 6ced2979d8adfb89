/**
 * A cheap word tokenizer with offsets, shared by the organisation and people
 * stages. Words are runs of letters and digits; hyphens split words ("Kremlin-linked"
 * gives Kremlin, -, linked) and a possessive ending is its own token ("'s"), so
 * lexicon aliases written the same way match token by token.
 */

/** One token: its text (curly apostrophes made straight) and [start, end) in the source. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*|\S/gu;

/** Tokens of `text`, offsets relative to `text` plus `offset`. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0].includes('’') ? m[0].replace(/’/g, "'") : m[0];
    const start = m.index + offset;
    // Abbreviations with dots stay whole ("U.N."); a trailing sentence dot was never part of the match.
    const cut = raw.length - 2;
    if (cut > 0 && raw[cut] === "'" && (raw[cut + 1] === 's' || raw[cut + 1] === 'S')) {
      out.push({ text: raw.slice(0, cut), start, end: start + cut });
      out.push({ text: raw.slice(cut), start: start + cut, end: start + raw.length });
    } else {
      out.push({ text: raw, start, end: start + raw.length });
    }
  }
  return out;
}

let lastText: string | undefined;
let lastTokens: readonly Token[] = [];

/**
 * The tokens of a whole document, shared by the stages that need them (the
 * organisation and people stages tokenise the same text one after the other):
 * the last document's tokens are kept, so the second call costs nothing. The
 * array is shared; callers must not change it.
 */
export function documentTokens(text: string): readonly Token[] {
  if (text !== lastText) {
    lastTokens = tokenize(text);
    lastText = text;
  }
  return lastTokens;
}

/** True when the token starts with an upper-case letter (Latin or Cyrillic). */
export function isCapitalised(token: string): boolean {
  const c = token.charCodeAt(0);
  // ASCII answers without the Unicode regex; it is the common case in English text.
  return c < 0x80 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(token);
}

/** True when the token is a word (starts with a letter or digit). */
export function isWord(token: string): boolean {
  return /^[\p{L}\p{N}]/u.test(token);
}
