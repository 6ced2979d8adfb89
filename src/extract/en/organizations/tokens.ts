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
    const raw = m[0].replace(/’/g, "'");
    const start = m.index + offset;
    const poss = /^(.+)('s)$/i.exec(raw);
    // Abbreviations with dots stay whole ("U.N."); a trailing sentence dot was never part of the match.
    if (poss && poss[1]!.length > 0) {
      out.push({ text: poss[1]!, start, end: start + poss[1]!.length });
      out.push({ text: poss[2]!, start: start + poss[1]!.length, end: start + raw.length });
    } else {
      out.push({ text: raw, start, end: start + raw.length });
    }
  }
  return out;
}

/** True when the token starts with an upper-case letter (Latin or Cyrillic). */
export function isCapitalised(token: string): boolean {
  return /^\p{Lu}/u.test(token);
}

/** True when the token is a word (starts with a letter or digit). */
export function isWord(token: string): boolean {
  return /^[\p{L}\p{N}]/u.test(token);
}
