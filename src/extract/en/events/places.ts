/**
 * Where the places named in a document sit, for attaching them to events.
 * The places stage lists each place once (its first mention); an event needs
 * every mention, so the known names are looked for again. Mentions that do
 * not say where something happened are dropped: a dateline ("MOSCOW — ..."),
 * an origin ("soldiers from X", "Oleg, of X,").
 */
import type { PlaceMention } from '../../../claims/schema.ts';

/** One mention of a known place: document offsets and canonical name. */
export interface PlaceSpot {
  start: number;
  end: number;
  canonical: string;
  /** Offset of a "from" the mention follows ("men from a dormitory in X"): an origin unless a trigger governs it. */
  fromAt?: number;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Verbs of leaving and coming back: "fled from X" names where it happened, "men from X" an origin.
const MOTION_BEFORE_FROM_RE =
  /\b(?:fled|flee|flees|fleeing|escaped?|escaping|deserted|deserting|ran|run|running|returned|returning|released|freed|discharged|came|come|coming|back|home|away|withdrawn|withdrew|evacuated|transferred|moved|taken|brought|sent)\s+from\s+(?:\S+\s+){0,7}$/iu;
const FROM_RE = /\bfrom\s+(?:\S+\s+){0,7}$/iu;
// ", of X," after a name or an age: where someone is from.
const APPOSITIVE_OF_RE = /,\s*(?:of|from)\s+(?:the\s+)?$/iu;
// A dateline: an all-capital place name opening the text before a dash.
const DATELINE_RE = /^\s*[\p{Lu}][\p{Lu}\s.'-]*(?:,\s*[\p{Lu}][\p{L}\s.]*)?\s*(?:\([^)]*\)\s*)?[—–-]/u;

/** Where the "from" that makes the mention at `start` an origin sits, or undefined. */
function originFrom(text: string, start: number, sentenceStart: number): number | undefined {
  const from = Math.max(sentenceStart, start - 80);
  const before = text.slice(from, start);
  if (!FROM_RE.test(before) || MOTION_BEFORE_FROM_RE.test(before)) return undefined;
  const at = before.toLowerCase().lastIndexOf('from');
  // A clause boundary between "from" and the place ends the phrase.
  return /[,;:—–]/.test(before.slice(at)) ? undefined : from + at;
}

/** Is the mention at `start` an origin or a dateline rather than the scene of something? */
function notAScene(text: string, start: number, end: number, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - 80), start);
  if (APPOSITIVE_OF_RE.test(before)) return true;
  const opensSentence = /^[\s"'‘“]*$/.test(text.slice(sentenceStart, start));
  return opensSentence && DATELINE_RE.test(text.slice(start, end + 40));
}

/**
 * Every mention of the document's places that can be the scene of an event,
 * in text order. `sentenceStartOf` gives the start of the sentence holding an offset.
 */
export function placeSpots(
  text: string,
  places: PlaceMention[],
  organizations: ReadonlyArray<{ mention: string }>,
  sentenceStartOf: (offset: number) => number,
): PlaceSpot[] {
  const inNames = nameSpans(
    text,
    organizations.map((o) => o.mention),
  );
  const found: PlaceSpot[] = [];
  for (const p of places) {
    const names = [...new Set([p.mention, p.canonical])].map(escapeRegex).join('|');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names})(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(re))
      found.push({ start: m.index, end: m.index + m[0].length, canonical: p.canonical });
  }
  // Longest first, so "X region" wins over "X" inside it.
  found.sort((a, b) => b.end - b.start - (a.end - a.start));
  const taken: PlaceSpot[] = [];
  for (const f of found) if (!taken.some((s) => s.start < f.end && f.start < s.end)) taken.push(f);
  return taken
    .filter((f) => !inNames.some(([a, b]) => a <= f.start && f.end <= b))
    .filter((f) => !notAScene(text, f.start, f.end, sentenceStartOf(f.start)))
    .map((f) => ({ ...f, fromAt: originFrom(text, f.start, sentenceStartOf(f.start)) }))
    .sort((a, b) => a.start - b.start);
}

/** Every occurrence of the given names (a place inside "the X Relief Fund" is no place of an event). */
function nameSpans(text: string, names: string[]): Array<[number, number]> {
  const wanted = [...new Set(names.filter((n) => n.length > 2))].map(escapeRegex);
  if (!wanted.length) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${wanted.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}
