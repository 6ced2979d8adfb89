/**
 * The report's name guard (pure): without `--names`, no text taken from a
 * document (source titles, outlets, URLs, record names) may carry the name of
 * a private individual the report pseudonymises. It is the publication guard
 * (src/publication/redact.ts: whole words, any case, full name or any part
 * of it), applied also to the percent-decoded form of an address, plus an
 * optional spelling fold, so a Cyrillic name is caught in a Latin URL slug
 * or title ("Петров" in ".../petrov-deserted").
 */
import { MIN_NAME_TOKEN } from '../publication/policy.ts';
import { nameGuard } from '../publication/redact.ts';

export interface ReportGuard {
  /** True when `text` names a private individual. */
  exposes(text: string): boolean;
}

/**
 * Folds one word to a spelling-independent key (the resolver's skeleton:
 * Cyrillic and the usual Latin spellings of a name give the same key).
 */
export type WordFold = (word: string) => string;

/** Folded keys shorter than this are not compared: too many ordinary words share them. */
const MIN_FOLDED = 4;
const WORDS = /[\p{L}\p{M}'’]+/gu;

/** A guard over `privateNames`; `fold`, when given, also matches other spellings of each name word. */
export function reportGuard(privateNames: Iterable<string>, fold?: WordFold): ReportGuard {
  const names = [...privateNames].filter((n) => n.trim().length > 0);
  const exact = nameGuard(names);
  const folded = new Set<string>();
  if (fold) {
    for (const name of names)
      for (const word of name.match(WORDS) ?? []) {
        const key = word.length >= MIN_NAME_TOKEN ? fold(word) : '';
        if (key.length >= MIN_FOLDED) folded.add(key);
      }
  }
  const test = (text: string) =>
    exact.exposes(text) ||
    (folded.size > 0 && (text.match(WORDS) ?? []).some((w) => folded.has(fold?.(w) ?? '')));
  return {
    exposes: (text) => {
      if (text.length === 0) return false;
      const decoded = decodeLoosely(text);
      return test(text) || (decoded !== text && test(decoded));
    },
  };
}

/** Percent-decoding and `+` as space, as in URL paths and queries; the text itself when it does not decode. */
function decodeLoosely(text: string): string {
  const spaced = text.replace(/\+/g, ' ').replace(/[-_./?=&#]+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}
