/**
 * Text normalisation shared by the gazetteer build and the matcher, so that a
 * name in the data file and a mention in an article fold to the same key.
 * Pure functions, no data.
 */

/** One word of a text: [start, end) offsets, the raw text and its folded key. */
export interface Token {
  start: number;
  end: number;
  raw: string;
  key: string;
}

// Letters (any script) with internal apostrophes ("Lugans'k"); hyphens and
// en dashes separate tokens so "Rostov-on-Don" and "Rostov on Don" agree.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;
const CYRILLIC = /[\u0400-\u04ff]/;
const SHORT_I = '\ue000';

/**
 * Folds a word: lower case, diacritics and apostrophes removed, ё → е.
 * Russian й is kept (it is a letter of its own, not и with a mark).
 */
export function foldWord(word: string): string {
  // Printable ASCII (most names and most words of English text) has no marks or
  // special letters: only case and apostrophes change, as in the full path below.
  if (ASCII.test(word)) return word.toLowerCase().replace(ASCII_APOSTROPHES, '');
  return word
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/й/g, SHORT_I)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\ue000/g, 'й')
    .replace(/[łøđıßæœ]/g, (c) => LETTERS[c] ?? c)
    .replace(/['’ʼ`ʹ]/g, '');
}

// Printable ASCII; anything else (control characters too) takes the full path, which is correct for all.
const ASCII = /^[ -~]*$/;
const ASCII_APOSTROPHES = /['`]/g;

// Latin letters that do not decompose into a base letter and a mark.
const LETTERS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe' };

// Russian case endings, longest first. Stripping is applied to the dictionary
// form and to the mention alike, so "Луганск", "Луганске", "Луганска" all
// reduce to "луганск", and "Ростовская", "Ростовской" both to "ростовск".
// A final -о is kept: "Климово" (a town) must not meet "Климов" (a surname).
const RU_ENDINGS = [
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ый',
  'ий',
  'ой',
  'ей',
  'ая',
  'яя',
  'ую',
  'юю',
  'ое',
  'ее',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ы',
  'и',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'ь',
  'й',
];

/** Strips one Russian case ending from a folded Cyrillic word, keeping a stem of at least 3 letters. */
export function stemRussian(word: string): string {
  if (word.length < 4 || !CYRILLIC.test(word)) return word;
  for (const ending of RU_ENDINGS) {
    if (word.endsWith(ending)) {
      const stem = word.slice(0, -ending.length);
      if (stem.length >= 3) return stem;
    }
  }
  return word;
}

// English possessive and contractions ("Kyiv's", "I've", "they'll") are not part of a name.
const CLITIC = /['’](?:s|ve|ll|re|d|m|t)$/iu;

/** The matching key of one word: folded, then (for Cyrillic) stemmed. Possessives and contractions are dropped. */
export function wordKey(raw: string): string {
  const folded = foldWord(raw.replace(CLITIC, ''));
  return stemRussian(folded);
}

/** Splits a text into word tokens with offsets and keys (`keyOf` lets a caller memoise wordKey). */
export function tokenize(text: string, keyOf: (raw: string) => string = wordKey): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index;
    out.push({ start, end: start + raw.length, raw, key: keyOf(raw) });
  }
  return out;
}

/**
 * A memoised wordKey, for one long text or (with `limit`) for a whole process:
 * the cache is emptied once it holds `limit` word forms, so memory stays bounded.
 */
export function memoWordKey(limit = Number.POSITIVE_INFINITY): (raw: string) => string {
  const cache = new Map<string, string>();
  return (raw) => {
    let key = cache.get(raw);
    if (key === undefined) {
      key = wordKey(raw);
      if (cache.size >= limit) cache.clear();
      cache.set(raw, key);
    }
    return key;
  };
}

/** The key of a whole name ("Rostov-on-Don" → "rostov on don"; "Луганской области" → "луганск област"). */
export function nameKey(name: string): string {
  // The words as tokenize finds them, without building tokens: the gazetteer keys ~100,000 names at start.
  const words = name.match(WORD);
  return words ? words.map(wordKey).join(' ') : '';
}

/** True when the word starts with an upper-case letter (Latin or Cyrillic). */
export function isCapitalised(raw: string): boolean {
  const c = raw.charCodeAt(0);
  // ASCII answers without the Unicode regex.
  return c < 0x80 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(raw);
}

/** True when the gap between two tokens lets them belong to one name: spaces or one hyphen. */
export function isNameGap(gap: string): boolean {
  return /^(?:[ \u00a0]{1,2}|[-‐‑–—])$/.test(gap);
}
