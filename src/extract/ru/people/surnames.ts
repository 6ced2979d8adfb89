/**
 * Surnames the dictionary does not hold ("Крутов", "Заречная"): after a first
 * name, a capitalised word with a Russian surname ending is a surname. Its
 * nominative follows the first name's case and gender by the regular surname
 * paradigms (-ов/-ин possessive type, -ский/-ый adjectival type).
 */

const SURNAME_RE =
  /(?:ов|ев|ёв|ин|ын|ск|цк|н|ж|ш)(?:а|у|ым|ой|е|ую|ых|ыми|ы)?$|(?:ий|ый|ой|ая|ого|ому|ым|ом|ую|ей)$/u;
const CAPITAL_RE = /^\p{Lu}\p{Ll}{2,}$/u;

/** Whether a capitalised word after a first name looks like a surname. */
export function looksLikeSurname(word: string): boolean {
  return CAPITAL_RE.test(word) && SURNAME_RE.test(word.toLowerCase());
}

const MASC: [RegExp, string][] = [
  [/(ск|цк)(ого|ому|им|ом)$/u, '$1ий'],
  [/([гкхжшчщ])(ого|ому|им|ом)$/u, '$1ий'],
  [/(ого|ому|ым|ом)$/u, 'ый'],
  [/(ов|ев|ёв|ин|ын)(а|у|ым|е)$/u, '$1'],
];
const FEMN: [RegExp, string][] = [
  [/(ск|цк)(ой|ую)$/u, '$1ая'],
  [/(ов|ев|ёв|ин|ын)(ой|у)$/u, '$1а'],
  [/(ой|ую)$/u, 'ая'],
];

/** The nominative of a surname the dictionary does not know, given the name's gender; the word when no rule applies. */
export function guessNominativeSurname(word: string, gender: 'masc' | 'femn' | undefined): string {
  const rules = gender === 'femn' ? FEMN : gender === 'masc' ? MASC : [];
  for (const [re, to] of rules) if (re.test(word)) return word.replace(re, to);
  return word;
}
