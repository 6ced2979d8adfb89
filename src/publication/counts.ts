/**
 * Public numbers from the counts (pure): every group src/counts computed for
 * an event type the policy publishes, with the names of its units and places
 * from the gazetteers. The numbers are the counts themselves: best-supported
 * lower bounds, never tallies of claims (docs/counting.md).
 */
import type { Place } from '../gazetteer/types.ts';
import type { CountGroup, CountRelations, CountSource, Fact } from '../counts/types.ts';
import type { ReportGuard } from '../report/guard.ts';
import { numberId } from './ids.ts';
import type { PublicCounts, PublicNumber, PublicPlace } from './model.ts';
import { PUBLIC_EVENT_TYPES } from './policy.ts';

/** What publication is built from: the counts, the sources, and what the name guard needs. */
export interface PublicationInput {
  groups: readonly CountGroup[];
  facts: readonly Fact[];
  sources: readonly CountSource[];
  /** Claim id → its source and the sentence it quotes (figures and events). */
  claims: ReadonlyMap<string, { sourceId: string; quote: string | null }>;
  guard: ReportGuard;
  unitName(key: string): string | undefined;
  place(id: string): Place | undefined;
  relations: CountRelations;
  reviewedOnly: boolean;
  generatedAt: string;
}

const PUBLIC = new Set<string>(PUBLIC_EVENT_TYPES);

export function toPublicNumber(g: CountGroup): PublicNumber {
  return {
    id: numberId(g.key),
    ...g.key,
    value: g.lowerBound,
    evidence: g.evidence,
    reviewed: g.reviewed,
    sources: g.sources.length,
  };
}

export function publicPlace(p: Place): PublicPlace {
  return { name: p.name, country: p.country, kind: p.kind, lat: p.lat, lon: p.lon };
}

/** Names of the units and places `dims` use: gazetteer names, or the key itself for a unit the gazetteer lacks. */
export function namesOf(
  dims: Iterable<{ unit: string | null; place: string | null }>,
  input: Pick<PublicationInput, 'unitName' | 'place'>,
): { units: Record<string, string>; places: Record<string, PublicPlace> } {
  const units: Record<string, string> = {};
  const places: Record<string, PublicPlace> = {};
  for (const d of dims) {
    if (d.unit && d.unit !== '*') units[d.unit] ??= input.unitName(d.unit) ?? d.unit;
    if (d.place && d.place !== '*' && !places[d.place]) {
      const p = input.place(d.place);
      if (p) places[d.place] = publicPlace(p);
    }
  }
  return { units, places };
}

/** Every published number. */
export function publishCounts(input: PublicationInput): PublicCounts {
  const groups = input.groups.filter((g) => PUBLIC.has(g.key.type) && g.lowerBound > 0);
  const numbers = groups.map(toPublicNumber);
  const sources = new Set(groups.flatMap((g) => g.sources));
  return {
    generatedAt: input.generatedAt,
    reviewedOnly: input.reviewedOnly,
    numbers,
    ...namesOf(numbers, input),
    sources: sources.size,
  };
}
