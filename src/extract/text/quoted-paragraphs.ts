/**
 * Paragraphs that open with a quotation mark: someone's words, told on. The
 * retelling fold (../events-fold.ts) reads a telling inside the same quoted
 * paragraph as the speaker's own words for what was already reported.
 */
import type { Sentence } from '../doc.ts';

// Straight, English and Russian opening quotes.
const OPENING_QUOTE_RE = /^\s*["“‘„«]/u;

/** The paragraph numbers whose first sentence opens with a quotation mark. */
export function quotedParagraphs(sentences: readonly Sentence[]): Set<number> {
  const out = new Set<number>();
  const seen = new Set<number>();
  for (const s of sentences) {
    if (s.paragraph === undefined || seen.has(s.paragraph)) continue;
    seen.add(s.paragraph);
    if (OPENING_QUOTE_RE.test(s.text)) out.add(s.paragraph);
  }
  return out;
}
