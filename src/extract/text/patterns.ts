/**
 * Compiling lexicon phrases (regex fragments kept as data) into matchers.
 * Matching runs on a lower-cased copy of the text with curly apostrophes made
 * straight: both keep every character's offset, so matches map back 1:1.
 */

const CURLY_RE = /[\u2018\u2019\u02bc]/;
const CURLY_G_RE = /[\u2018\u2019\u02bc]/g;

/** Lower-cases and straightens apostrophes and quotes without changing any offset. */
export function normalizeForMatch(text: string): string {
  const lower = text.toLowerCase();
  return CURLY_RE.test(lower) ? lower.replace(CURLY_G_RE, "'") : lower;
}

// A phrase starts at a word start, or at "n't" inside a word ("aren't"), and ends at a word end.
const START = "(?:(?<![\\p{L}\\p{N}])|(?=n't))";
const END = '(?![\\p{L}\\p{N}])';
// \b is much faster than a Unicode lookbehind tried at every position; phrase lists start with
// ASCII letters (English lexicons), where the two agree.
const FAST_START = "(?:\\b|(?=n't))";

/** One regex matching any of `fragments` (which start with ASCII letters) as whole words; global, for matchAll. */
export function compilePhrases(fragments: readonly string[]): RegExp {
  const body = fragments.map((f) => `(?:${f})`).join('|');
  return new RegExp(`${FAST_START}(?:${body})${END}`, 'gu');
}

/** Like compilePhrases but anchored to the end of the input: "does this text end with one of them?". */
export function compileSuffix(fragments: readonly string[]): RegExp {
  const body = fragments.map((f) => `(?:${f})`).join('|');
  return new RegExp(`${START}(?:${body})\\s*$`, 'u');
}

/** Anchored to the start of the input: "does this text begin with one of them?". */
export function compilePrefix(fragments: readonly string[]): RegExp {
  const body = fragments.map((f) => `(?:${f})`).join('|');
  return new RegExp(`^\\s*(?:${body})${END}`, 'u');
}

/** Escapes a literal word list for use as regex fragments. */
export function escapeLiterals(words: readonly string[]): string[] {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}
