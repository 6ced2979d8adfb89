/**
 * The public dashboard's slices of the published numbers (pure): per event
 * type its total, by month, by place and by unit, each a published number
 * (so each opens its page). Types are never added to each other. The
 * "not stated" numbers are kept so the page can say why months or places
 * do not add up to the total.
 */
import type { EventType } from '../claims/schema.ts';
import type { PublicCounts, PublicNumber, PublicPlace } from './model.ts';
import { PUBLIC_EVENT_TYPES } from './policy.ts';

export interface TypeSlice {
  type: EventType;
  total: PublicNumber;
  /** Numbers of a known month (unit and place: all). */
  months: PublicNumber[];
  /** The number of facts with no month (undated reports, running totals), or null. */
  undated: PublicNumber | null;
  places: PublicNumber[];
  placeUnstated: PublicNumber | null;
  units: PublicNumber[];
  unitUnstated: PublicNumber | null;
}

export interface PublicSummary {
  generatedAt: string;
  reviewedOnly: boolean;
  sources: number;
  types: TypeSlice[];
  units: Record<string, string>;
  places: Record<string, PublicPlace>;
}

const ALL = '*';
const byValue = (a: PublicNumber, b: PublicNumber) => b.value - a.value || a.id.localeCompare(b.id);

export function publicSummary(counts: PublicCounts): PublicSummary {
  const of = new Map<EventType, PublicNumber[]>();
  for (const n of counts.numbers) of.set(n.type, [...(of.get(n.type) ?? []), n]);
  const types: TypeSlice[] = [];
  for (const type of PUBLIC_EVENT_TYPES) {
    const ns = of.get(type) ?? [];
    const total = ns.find((n) => n.unit === ALL && n.place === ALL && n.month === ALL);
    if (!total) continue;
    const month = ns.filter((n) => n.unit === ALL && n.place === ALL && n.month !== ALL);
    const place = ns.filter((n) => n.unit === ALL && n.month === ALL && n.place !== ALL);
    const unit = ns.filter((n) => n.place === ALL && n.month === ALL && n.unit !== ALL);
    types.push({
      type,
      total,
      months: month
        .filter((n) => n.month !== null)
        .sort((a, b) => String(a.month).localeCompare(String(b.month))),
      undated: month.find((n) => n.month === null) ?? null,
      places: place.filter((n) => n.place !== null).sort(byValue),
      placeUnstated: place.find((n) => n.place === null) ?? null,
      units: unit.filter((n) => n.unit !== null).sort(byValue),
      unitUnstated: unit.find((n) => n.unit === null) ?? null,
    });
  }
  return {
    generatedAt: counts.generatedAt,
    reviewedOnly: counts.reviewedOnly,
    sources: counts.sources,
    types,
    units: counts.units,
    places: counts.places,
  };
}
