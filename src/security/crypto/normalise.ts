/**
 * The normal form values take before a blind index is computed, so that
 * values a person would call "the same" give the same index: Unicode
 * compatibility forms, case, whitespace, invisible characters, ё/е, and
 * Latin and Cyrillic letters that look alike mixed in one word ("Kамa" typed
 * with a Latin K). It is deliberately not transliteration: Kaminsky and
 * Каминский stay different; resolving those is the job of src/resolve.
 */

/**
 * Lower-case look-alike pairs, Cyrillic → Latin. в/b, н/h, м/m, т/t look
 * alike in upper case (В/B, Н/H, М/M, Т/T), and the table is applied after
 * lower-casing, so they are listed too.
 */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
};

const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CYRILLIC_TO_LATIN).map(([cyrillic, latin]) => [latin, cyrillic]),
);

const INVISIBLE = /[\p{Cf}\u00ad]/gu;
const DASHES = /[\p{Pd}\u2212]/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u02b9\u0060\u00b4]/gu;

/**
 * The normal form of `value` for exact-match lookup. Two values with the same
 * normal form are treated as equal by the blind index.
 */
export function normaliseForIndex(value: string): string {
  const cleaned = value
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(DASHES, '-')
    .replace(APOSTROPHES, "'")
    .toLowerCase()
    .replaceAll('ё', 'е');
  return cleaned
    .split(/\s+/u)
    .filter((token) => token.length > 0)
    .map(unifyScript)
    .join(' ');
}

/**
 * A word written in one script with look-alikes from the other is brought
 * into its own script. A word made only of look-alikes (e.g. "рома", which
 * looks like "poma") takes the Latin form, so both spellings meet; a word
 * with letters particular to both scripts is left alone.
 */
function unifyScript(token: string): string {
  let cyrillicOnly = 0;
  let latinOnly = 0;
  for (const char of token) {
    if (char in CYRILLIC_TO_LATIN || char in LATIN_TO_CYRILLIC) continue;
    if (/\p{Script=Cyrillic}/u.test(char)) cyrillicOnly++;
    else if (/\p{Script=Latin}/u.test(char)) latinOnly++;
  }
  if (cyrillicOnly > 0 && latinOnly > 0) return token;
  const table = cyrillicOnly > 0 ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
  let out = '';
  for (const char of token) out += table[char] ?? char;
  return out;
}
