/**
 * The public dataset (pure): counts built from claims through the redaction
 * policy. Reprints (near-duplicates) are left out so a syndicated story is not
 * counted twice. This is a plain tally of claims, not the deduplicating
 * counter of src/counts (which, once it lands, should feed `groups` here
 * through the same redaction): each number is "reports of", not "people".
 */
import { COUNTED_STATES, PUBLIC_FIGURE_ROLES, REVIEWED_STATES } from './policy.ts';
import { nameGuard, withoutExposed } from './redact.ts';

export interface PublicationClaim {
  id: string;
  sourceId: string;
  kind: string;
  state: string;
  value: Record<string, unknown>;
}

export interface PublicationSource {
  id: string;
  duplicateOf: string | null;
}

export interface Tally {
  type: string;
  month?: string;
  place?: string;
  unit?: string;
  events: number;
}

export interface PublicDataset {
  format: 'objector-public-v1';
  generatedAt: string;
  sources: number;
  events: { byType: Tally[]; byMonth: Tally[]; byPlace: Tally[]; byUnit: Tally[] };
  /** Per kind of count, the largest lower bound any original report gives, and the reports giving it. */
  figures: { counts: string; lowerBound: number; sources: string[] }[];
  units: { key: string; sources: number }[];
  places: { name: string; country: string | null; sources: number }[];
  publicFigures: { name: string; role: string }[];
  /** Entries withheld because they contained a private person's name. */
  withheld: number;
}

export function buildPublicDataset(
  claims: readonly PublicationClaim[],
  sources: readonly PublicationSource[],
  now: Date,
): PublicDataset {
  const originals = new Set(sources.filter((s) => s.duplicateOf === null).map((s) => s.id));
  const live = claims.filter((c) => COUNTED_STATES.has(c.state) && originals.has(c.sourceId));
  const of = (kind: string) => live.filter((c) => c.kind === kind);
  const str = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : null);

  const unitsBySource = groupSet(
    of('unit'),
    (c) => c.sourceId,
    (c) => str(c.value.key),
  );
  const events = of('event').map((c) => {
    const units = [...(unitsBySource.get(c.sourceId) ?? [])];
    return {
      type: str(c.value.type) ?? 'other',
      month: /^\d{4}-\d{2}/.test(String(c.value.date ?? '')) ? String(c.value.date).slice(0, 7) : null,
      place: str(c.value.place),
      // An event is attributed to a unit only when its report names exactly one.
      unit: units.length === 1 ? (units[0] as string) : null,
    };
  });
  const guard = nameGuard(privateNames(claims));
  let withheld = 0;
  const safe = <T>(items: T[]) => {
    const r = withoutExposed(items, guard);
    withheld += r.withheld;
    return r.kept;
  };
  const dataset: PublicDataset = {
    format: 'objector-public-v1',
    generatedAt: now.toISOString(),
    sources: originals.size,
    events: {
      byType: safe(tally(events, (e) => ({ type: e.type }))),
      byMonth: safe(
        tally(
          events.filter((e) => e.month),
          (e) => ({ type: e.type, month: e.month as string }),
        ),
      ),
      byPlace: safe(
        tally(
          events.filter((e) => e.place),
          (e) => ({ type: e.type, place: e.place as string }),
        ),
      ),
      byUnit: safe(
        tally(
          events.filter((e) => e.unit),
          (e) => ({ type: e.type, unit: e.unit as string }),
        ),
      ),
    },
    figures: safe(figureBounds(of('figure'))),
    units: safe(countSources(of('unit'), (c) => str(c.value.key)).map(([key, n]) => ({ key, sources: n }))),
    places: safe(
      countSources(of('place'), (c) => {
        const name = str(c.value.canonical);
        return name ? JSON.stringify([name, str(c.value.country)]) : null;
      }).map(([k, n]) => {
        const [name, country] = JSON.parse(k) as [string, string | null];
        return { name, country, sources: n };
      }),
    ),
    publicFigures: [],
    withheld: 0,
  };
  dataset.publicFigures = safe(publicFigures(claims));
  dataset.withheld = withheld;
  return dataset;
}

/** Everyone named in a claim who is not a reviewed public figure. */
function privateNames(claims: readonly PublicationClaim[]): string[] {
  return claims
    .filter((c) => c.kind === 'person' && c.state !== 'rejected' && !isPublicFigure(c))
    .map((c) => String(c.value.mention ?? ''))
    .filter((n) => n.length > 0);
}

function isPublicFigure(c: PublicationClaim): boolean {
  return REVIEWED_STATES.has(c.state) && PUBLIC_FIGURE_ROLES.has(String(c.value.role));
}

function publicFigures(claims: readonly PublicationClaim[]) {
  const seen = new Map<string, { name: string; role: string }>();
  for (const c of claims.filter((x) => x.kind === 'person' && isPublicFigure(x))) {
    const name = String(c.value.mention ?? '').trim();
    if (name) seen.set(name.toLowerCase(), { name, role: String(c.value.role) });
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function figureBounds(figures: PublicationClaim[]) {
  const best = new Map<string, { counts: string; lowerBound: number; sources: Set<string> }>();
  for (const f of figures) {
    const v = f.value;
    if (v.percent === true || typeof v.value !== 'number' || typeof v.counts !== 'string') continue;
    const bound =
      v.qualifier === 'exact' || v.qualifier === 'at_least'
        ? v.value
        : v.qualifier === 'more_than'
          ? v.value + 1
          : null;
    if (bound === null) continue;
    const current = best.get(v.counts);
    if (!current || bound > current.lowerBound)
      best.set(v.counts, { counts: v.counts, lowerBound: bound, sources: new Set([f.sourceId]) });
    else if (bound === current.lowerBound) current.sources.add(f.sourceId);
  }
  return [...best.values()]
    .map((b) => ({ counts: b.counts, lowerBound: b.lowerBound, sources: [...b.sources].sort() }))
    .sort((a, b) => a.counts.localeCompare(b.counts));
}

function tally<E>(items: E[], key: (item: E) => Omit<Tally, 'events'>): Tally[] {
  const counts = new Map<string, Tally>();
  for (const item of items) {
    const k = key(item);
    const id = JSON.stringify(k);
    const entry = counts.get(id) ?? { ...k, events: 0 };
    entry.events++;
    counts.set(id, entry);
  }
  return [...counts.values()].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

function countSources(
  claims: PublicationClaim[],
  key: (c: PublicationClaim) => string | null,
): [string, number][] {
  const bySource = groupSet(claims, key, (c) => c.sourceId);
  return [...bySource]
    .map(([k, s]) => [k, s.size] as [string, number])
    .sort((a, b) => a[0].localeCompare(b[0]));
}

function groupSet<T>(
  items: T[],
  key: (t: T) => string | null,
  value: (t: T) => string | null,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const item of items) {
    const k = key(item);
    const v = value(item);
    if (k === null || v === null) continue;
    const set = out.get(k) ?? new Set<string>();
    set.add(v);
    out.set(k, set);
  }
  return out;
}
