/**
 * The normal form of a challenge answer, hashed and compared instead of the
 * answer as typed: a mother types "Ёлка", the caseworker later types what the
 * man in the chat wrote, "елка " — the two must match; "Ёлка" and "Белка"
 * must not. The steps, in this order:
 *
 * 1. Unicode NFKC (full-width and compatibility letters become plain ones,
 *    "ＡＢＣ" → "ABC"; a letter and a combining accent become one letter).
 * 2. Lower case (locale-independent).
 * 3. ё → е (Russian writing drops the dots more often than not).
 * 4. Invisible format characters (zero-width spaces, soft hyphens) removed.
 * 5. Combining marks left over after NFKC removed: stress accents on Cyrillic
 *    vowels ("Мура́т" → "мурат"), which have no precomposed letter.
 * 6. Quotes and apostrophes removed without a trace: « » “ ” „ ‘ ’ ' " ` ´ ʹ ʼ
 *    ("«Гном»" → "гном", "д'Артаньян" → "дартаньян").
 * 7. Every other punctuation mark (Unicode category P: dashes, hyphens, dots,
 *    commas, brackets, slashes, ! ?) and the minus sign become a space
 *    ("Иван-Чай" → "иван чай", the same as "иван чай" typed with a space).
 * 8. Whitespace runs become one space; leading and trailing space is trimmed.
 *
 * Digits, letters of every script and symbols other than the ones above
 * ("+", "№" after NFKC is "no") are kept as they are. Transliteration is
 * not applied: "Elka" and "Ёлка" are different answers.
 */

const QUOTES =
  /[\p{Pi}\p{Pf}'"`\u00b4\u02b9\u02ba\u02bb\u02bc\u02bd\u02ee\u2032\u2033\u201a\u201e\u301d\u301e\u301f\uff02\uff07]/gu;
const OTHER_PUNCTUATION = /[\p{P}\u2212]/gu;
const INVISIBLE = /[\p{Cf}\u00ad]/gu;
const MARKS = /\p{M}/gu;

/** The normal form of `answer` (see the module comment); '' when nothing but punctuation and spaces was typed. */
export function normaliseAnswer(answer: string): string {
  return answer
    .normalize('NFKC')
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(INVISIBLE, '')
    .replace(MARKS, '')
    .replace(QUOTES, '')
    .replace(OTHER_PUNCTUATION, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Shortest normal form accepted as an answer: a one-letter answer is guessed at the first try. */
export const MIN_ANSWER_LENGTH = 2;
