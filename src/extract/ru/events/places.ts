/**
 * Where the document's places are mentioned, for attaching them to events.
 * The places stage lists each place once; an event needs every mention, and
 * Russian inflects names ("Самара", "в Самаре"), so each known name is looked
 * for again by its stem. A mention after "из" ("мобилизованные из Самары") or
 * "уроженец" tells where people come from: it is marked as an origin.
 */
import type { PlaceMention } from '../../../claims/schema.ts';
import { CUES } from './lexicon.ts';

/** One mention of a known place: document offsets, canonical name, and whether it is an origin. */
export interface PlaceSpot {
  start: number;
  end: number;
  canonical: string;
  origin: boolean;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Endings a Russian place name changes when inflected; the rest is its stem.
const ENDING_RE = /[аяыиеуюоьй]{1,2}$/u;

/** A regex source matching a name in any case: each word's stem plus a short ending. */
function inflectedName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((w) => {
      const stem = w.length > 4 ? w.replace(ENDING_RE, '') : w;
      return stem === w && w.length <= 4 ? escapeRegex(w) : `${escapeRegex(stem)}\\p{L}{0,3}`;
    })
    .join('\\s+');
}

/** Every mention of the document's places, in text order, longest winning where they overlap. */
export function placeSpots(text: string, places: readonly PlaceMention[]): PlaceSpot[] {
  const found: Omit<PlaceSpot, 'origin'>[] = [];
  for (const p of places) {
    const names = [...new Set([p.mention, p.canonical])].filter((n) => n.length > 2).map(inflectedName);
    if (!names.length) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(re))
      found.push({ start: m.index, end: m.index + m[0].length, canonical: p.canonical });
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start));
  const taken: Omit<PlaceSpot, 'origin'>[] = [];
  for (const f of found) if (!taken.some((s) => s.start < f.end && f.start < s.end)) taken.push(f);
  return taken.map((f) => ({ ...f, origin: isOrigin(text, f.start) })).sort((a, b) => a.start - b.start);
}

/** Is the word before the mention (within its clause) one that makes it an origin? */
function isOrigin(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const words = before.split(/[^\p{L}]+/u).filter(Boolean);
  return CUES.origin.has(words.at(-1)?.toLowerCase() ?? '');
}
