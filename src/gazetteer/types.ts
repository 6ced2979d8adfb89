/** Shapes of the places gazetteer (data in data/gazetteer/, built by scripts/gazetteer/build.ts). */

/** What a place is: a populated place by size, a first-level region, or a wider named territory. */
export type PlaceKind = 'city' | 'town' | 'village' | 'region' | 'territory';

/** One place of the gazetteer. */
export interface Place {
  /** Stable id: `gn:<GeoNames id>`, `iso:<ISO 3166-2 code>` or `t:<slug>`. */
  readonly id: string;
  /** Common English name of the place itself ("Luhansk", "Kherson Oblast", "Buryatia"). */
  readonly name: string;
  readonly kind: PlaceKind;
  /** ISO 3166-1 alpha-2 of the state it is internationally recognised as part of. */
  readonly country: string;
  /** English name of its first-level region, or null (regions and territories). */
  readonly admin1: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  /** Other names: Latin and Cyrillic spellings, transliterations, suffixed region phrases. */
  readonly names: readonly string[];
}

/** A place found in a text: [start, end) offsets, the mention as written, and the rule that made it. */
export interface PlaceMatch {
  start: number;
  end: number;
  mention: string;
  place: Place;
  /** e.g. `gazetteer.city`, `gazetteer.region-suffix`. */
  rule: string;
}
