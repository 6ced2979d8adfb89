/**
 * Folding of any spelling of a Russian name (Cyrillic, or Latin in English-media,
 * BGN/PCGN, ICAO, GOST 7.79 A/B or loose spelling) to one comparable Latin
 * "skeleton", and a coarser phonetic key. The rules are data
 * (data/names/translit.json); this module only applies them.
 */

/** The translit.json shape. */
export interface TranslitTable {
  cyrillic: Record<string, string>;
  softBeforeVowel: string;
  latin: Record<string, string>;
  fold: [string, string][];
  phonetic: { vowels: string; classes: Record<string, string> };
}

/** Compiled folding functions. */
export interface Folder {
  /** Latin skeleton of one word; '' when nothing letter-like is left. */
  skeleton(word: string): string;
  /** A coarser key: first letter, then consonant classes without vowels. */
  phonetic(skeleton: string): string;
  /** Cyrillic to a readable Latin form (before folding); Latin passes through lower-cased. */
  romanize(word: string): string;
}

const CYRILLIC_VOWELS = new Set('аеёиоуыэюяіїє');
const SOFT_SIGNS = new Set('ьъ');

/** Compiles a transliteration table into folding functions. */
export function makeFolder(table: TranslitTable): Folder {
  const fold = table.fold.map(([pattern, replacement]) => [new RegExp(pattern, 'g'), replacement] as const);
  const vowels = new Set(table.phonetic.vowels);
  const cache = new Map<string, string>();

  const romanize = (word: string): string => {
    const lower = word.normalize('NFC').toLowerCase();
    let out = '';
    for (let i = 0; i < lower.length; i++) {
      const ch = lower[i]!;
      // A soft or hard sign before a vowel is heard as "y" (Ильин, Il'in, Ilyin): keep it as one.
      if (SOFT_SIGNS.has(ch)) {
        out += CYRILLIC_VOWELS.has(lower[i + 1] ?? '') ? table.softBeforeVowel : '';
        continue;
      }
      out += table.cyrillic[ch] ?? table.latin[ch] ?? ch;
    }
    return out;
  };

  const skeleton = (word: string): string => {
    const hit = cache.get(word);
    if (hit !== undefined) return hit;
    let s = romanize(word)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-zšžč]/g, '');
    for (const [re, rep] of fold) s = s.replace(re, rep);
    // Bounded: name tokens repeat heavily, so a cache pays; unbounded growth would not.
    if (cache.size < 500_000) cache.set(word, s);
    return s;
  };

  const phonetic = (skel: string): string => {
    let out = skel.charAt(0);
    let last = table.phonetic.classes[out] ?? out;
    for (let i = 1; i < skel.length; i++) {
      const ch = skel[i]!;
      if (vowels.has(ch)) {
        last = '';
        continue;
      }
      const cls = table.phonetic.classes[ch] ?? ch;
      if (cls !== last) out += cls;
      last = cls;
    }
    return out;
  };

  return { skeleton, phonetic, romanize };
}
