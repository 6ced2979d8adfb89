/**
 * Whether a candidate title is the article's or the page's furniture: a
 * clipped web page often opens with "Connect with us" or "Поделиться", and
 * Readability or a first heading would take that as the title. The phrases
 * are data (data/ingest/page-furniture.json); this only matches them.
 */
import furniture from '../../data/ingest/page-furniture.json' with { type: 'json' };

const fold = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const PHRASES = new Set(furniture.phrases.map(fold));
const PREFIXES = furniture.prefixes.map((p) => `${fold(p)} `);

/** True when `title` is page furniture (sharing, subscribing, navigation), not a headline. */
export function isPageFurniture(title: string): boolean {
  const f = fold(title);
  if (f === '') return true;
  return PHRASES.has(f) || PREFIXES.some((p) => f.startsWith(p));
}

/** `title` when it can be a source's title, else null. */
export function usableTitle(title: string | null | undefined): string | null {
  return title && !isPageFurniture(title) ? title : null;
}
