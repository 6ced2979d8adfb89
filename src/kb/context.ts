/**
 * Where and when a figure or event sits: the unit, place, month, facility and
 * named people of its sentence, with precision codes and a note of how each
 * was found. Pure: one source's text and claims in, contexts out.
 *
 * Place and unit claims are stored once per document (first mention), so the
 * sentence is read again with the same matchers the extractor uses; a match
 * only counts when the document has a live claim for it, so a reviewer's
 * rejection of a place or unit also removes it from every sentence.
 */
import type { Sentence } from '../extract/doc.ts';
import { findUnits } from '../extract/en/units/find.ts';
import { loadUnitLexicon } from '../extract/en/units/lexicon.ts';
import type { Place } from '../gazetteer/types.ts';
import { placeOfClaim } from './places.ts';
import { geoPrecision, hasCue, monthOf, timePrecision } from './precision.ts';
import { isLive, type KbClaim, type KbDeps, type KbSource } from './types.ts';

export type Found = 'claim' | 'sentence' | 'document';

export interface ClaimContext {
  claimId: string;
  sourceId: string;
  sentence: { start: number; end: number };
  unit: { key: string; how: Found } | null;
  place: { id: string; name: string; kind: Place['kind']; how: Found; near: boolean } | null;
  /** Site of detention: the place plus the kind of site named in the sentence. */
  facility: { placeId: string; site: string } | null;
  date: string | null;
  /** YYYY-MM, or null when the year or month is not known. */
  month: string | null;
  dateHow: 'claim' | 'sentence' | null;
  /** 1 named town, 2 near a town or part of a region, 3 whole region; null without a place. */
  geoPrecision: 1 | 2 | 3 | null;
  /** 1 day, 2 week or month, 3 year or vaguer (or unknown). */
  timePrecision: 1 | 2 | 3;
  /** The sentence gives a running total ("so far", "since"): not tied to a month. */
  cumulative: boolean;
  /** Person claims (soldiers and others, not relatives or officials) named in the sentence. */
  subjects: string[];
}

export interface SourceAnalysis {
  contexts: Map<string, ClaimContext>;
  /** Place claim id → gazetteer place. */
  places: Map<string, Place>;
  /** Person claim id → what its sentence says about the person (for resolution). */
  persons: Map<string, { unit: string | null; age: number | null; region: string | null }>;
}

const SUBJECT_ROLES = new Set(['soldier', 'other']);

/** Contexts of every live figure and event claim of one source. */
export function analyseSource(source: KbSource, claims: readonly KbClaim[], deps: KbDeps): SourceAnalysis {
  const live = claims.filter(isLive);
  const sentences = deps.sentences(source.text);
  const places = new Map<string, Place>();
  for (const c of live) {
    if (c.kind !== 'place') continue;
    const p = placeOfClaim(deps.places, c.value);
    if (p) places.set(c.id, p);
  }
  const placeIds = new Set([...places.values()].map((p) => p.id));
  const unitKeys = new Set(
    live.filter((c) => c.kind === 'unit').map((c) => deps.units.canonicalKey(String(c.value.key))),
  );
  const doc = { source, sentences, placeIds, unitKeys, live, deps };
  const contexts = new Map<string, ClaimContext>();
  for (const c of live) {
    if (c.kind === 'figure' || c.kind === 'event') contexts.set(c.id, contextOf(doc, c));
  }
  const persons = new Map<string, { unit: string | null; age: number | null; region: string | null }>();
  for (const c of live) if (c.kind === 'person') persons.set(c.id, personFacts(doc, c));
  return { contexts, places, persons };
}

interface DocView {
  source: KbSource;
  sentences: Sentence[];
  placeIds: Set<string>;
  unitKeys: Set<string>;
  live: KbClaim[];
  deps: KbDeps;
}

function sentenceAt(doc: DocView, offset: number): { start: number; end: number; text: string } {
  const s = doc.sentences.find((x) => x.start <= offset && offset < x.end);
  return s ?? { start: offset, end: offset, text: '' };
}

const distance = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;

function unitsIn(doc: DocView, s: { start: number; text: string }) {
  return findUnits(s.text, loadUnitLexicon())
    .map((h) => ({ key: doc.deps.units.canonicalKey(h.key), start: s.start + h.start, end: s.start + h.end }))
    .filter((h) => doc.unitKeys.has(h.key));
}

function placesIn(doc: DocView, s: { start: number; text: string }) {
  return doc.deps.places
    .findInText(s.text)
    .filter((m) => doc.placeIds.has(m.place.id))
    .map((m) => ({ place: m.place, start: s.start + m.start, end: s.start + m.end }));
}

function contextOf(doc: DocView, c: KbClaim): ClaimContext {
  const s = sentenceAt(doc, c.start);
  const span = { start: c.start, end: c.end };
  const nearest = <T extends { start: number; end: number }>(xs: T[]) =>
    [...xs].sort((a, b) => distance(a, span) - distance(b, span))[0];
  const unitHit = nearest(unitsIn(doc, s));
  const unit = unitHit
    ? { key: unitHit.key, how: 'sentence' as Found }
    : doc.unitKeys.size === 1
      ? { key: [...doc.unitKeys][0]!, how: 'document' as Found }
      : null;
  const sentencePlaces = placesIn(doc, s);
  const place = pickPlace(doc, c, sentencePlaces, nearest);
  const { date, how: dateHow } = dateOf(doc, c, s);
  const lower = s.text.toLowerCase();
  const cumulative = c.kind === 'figure' && hasCue(lower, doc.deps.lexicon.cumulative);
  const near = place !== null && nearCue(doc, s, place.id, sentencePlaces);
  return {
    claimId: c.id,
    sourceId: c.sourceId,
    sentence: { start: s.start, end: s.end },
    unit,
    place: place && { ...place, near },
    facility: place && facilityOf(doc, lower, place.id),
    date,
    month: cumulative ? null : monthOf(date),
    dateHow,
    geoPrecision: place ? geoPrecision(place.kind, near) : null,
    timePrecision: timePrecision(date, hasCue(lower, doc.deps.lexicon.week)),
    cumulative,
    subjects: doc.live
      .filter((p) => p.kind === 'person' && p.start >= s.start && p.start < s.end)
      .filter((p) => SUBJECT_ROLES.has(String(p.value.role)))
      .map((p) => p.id),
  };
}

type PlaceHit = { place: Place; start: number; end: number };

function pickPlace(
  doc: DocView,
  c: KbClaim,
  hits: PlaceHit[],
  nearest: (xs: PlaceHit[]) => PlaceHit | undefined,
): { id: string; name: string; kind: Place['kind']; how: Found } | null {
  const view = (p: Place, how: Found) => ({ id: p.id, name: p.name, kind: p.kind, how });
  // An event's own place is the extractor's (or a reviewer's) decision.
  if (c.kind === 'event' && typeof c.value.place === 'string') {
    const own =
      hits.find((h) => h.place.name === c.value.place)?.place ?? placeOfClaim(doc.deps.places, c.value);
    if (own) return view(own, 'claim');
  }
  const hit = nearest(hits);
  if (hit) return view(hit.place, 'sentence');
  if (doc.placeIds.size === 1) {
    const only = doc.deps.places.get([...doc.placeIds][0]!);
    if (only) return view(only, 'document');
  }
  return null;
}

function dateOf(doc: DocView, c: KbClaim, s: { start: number; end: number }) {
  if (typeof c.value.date === 'string') return { date: c.value.date, how: 'claim' as const };
  if (c.kind !== 'figure') return { date: null, how: null };
  // A figure takes the date of a dated event told in the same sentence.
  const dated = doc.live.find(
    (e) => e.kind === 'event' && e.start >= s.start && e.start < s.end && typeof e.value.date === 'string',
  );
  return dated ? { date: String(dated.value.date), how: 'sentence' as const } : { date: null, how: null };
}

function nearCue(
  doc: DocView,
  s: { start: number; text: string },
  placeId: string,
  hits: PlaceHit[],
): boolean {
  const hit = hits.find((h) => h.place.id === placeId);
  if (!hit) return false;
  const before = s.text.slice(Math.max(0, hit.start - s.start - 30), hit.start - s.start).toLowerCase();
  return doc.deps.lexicon.near.some((cue) =>
    new RegExp(`(^|[^\\p{L}])${escapeRe(cue)}\\s+(the\\s+)?$`, 'u').test(before),
  );
}

function facilityOf(doc: DocView, lower: string, placeId: string): { placeId: string; site: string } | null {
  for (const [site, words] of Object.entries(doc.deps.lexicon.sites)) {
    if (hasCue(lower, words)) return { placeId, site };
  }
  return null;
}

function personFacts(doc: DocView, c: KbClaim) {
  const s = sentenceAt(doc, c.start);
  const span = { start: c.start, end: c.end };
  const unit = unitsIn(doc, s).sort((a, b) => distance(a, span) - distance(b, span))[0]?.key ?? null;
  const age = /(\d{2})-year-old|(\d{2}),\s|aged (\d{2})|(\d{2})\s?(?:лет|года)/u.exec(
    s.text.slice(Math.max(0, c.start - s.start - 40), c.end - s.start + 40),
  );
  const n = age ? Number(age[1] ?? age[2] ?? age[3] ?? age[4]) : Number.NaN;
  const from = placesIn(doc, s).find((h) =>
    /(from|native of|из)\s+(the\s+)?$/iu.test(doc.source.text.slice(Math.max(0, h.start - 15), h.start)),
  );
  const region = from ? (from.place.kind === 'region' ? from.place.name : (from.place.admin1 ?? null)) : null;
  return { unit, age: n >= 16 && n <= 80 ? n : null, region };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
