/**
 * Shapes of what the public receives, as zod schemas (the one source of the
 * TypeScript types, the API's OpenAPI document and docs/public-data.md):
 * published numbers, and a number's page of facts and sources.
 */
import { z } from 'zod';
import { EventType, Qualifier } from '../claims/schema.ts';

/** A dimension: a value, null ("not stated"), or '*' (all: a roll-up). */
const Dim = z.string().nullable();
export const Evidence = z.enum(['one_source', 'several_sources', 'confirmed']);

/** One published number: a group of src/counts (event type × unit × place × month). */
export const PublicNumber = z.object({
  /** Stable id of the group (ids.ts): its page is /api/public/numbers/{id}. */
  id: z.string(),
  type: EventType,
  unit: Dim,
  place: Dim,
  month: Dim,
  /** The best-supported lower bound of the people involved. */
  value: z.number().int().nonnegative(),
  evidence: Evidence,
  /** False only when unreviewed claims are published (OBJECTOR_PUBLISH_UNREVIEWED) and this number rests on one. */
  reviewed: z.boolean(),
  /** Sources (reprints included) of the facts the number sums. */
  sources: z.number().int().nonnegative(),
});
export type PublicNumber = z.infer<typeof PublicNumber>;

/** A place a number is about, from the gazetteer (reference data, not document text). */
export const PublicPlace = z.object({
  name: z.string(),
  country: z.string(),
  kind: z.string(),
  lat: z.number(),
  lon: z.number(),
});
export type PublicPlace = z.infer<typeof PublicPlace>;

const Names = {
  /** Unit key → name (the key itself for a unit the gazetteer does not know). */
  units: z.record(z.string(), z.string()),
  /** Gazetteer place id → place. */
  places: z.record(z.string(), PublicPlace),
};

/** Every published number, with the names of the units and places they use. */
export const PublicCounts = z.object({
  generatedAt: z.string(),
  /** True unless the installation publishes unreviewed claims. */
  reviewedOnly: z.boolean(),
  numbers: z.array(PublicNumber),
  ...Names,
  /** Distinct sources behind the published numbers. */
  sources: z.number().int().nonnegative(),
});
export type PublicCounts = z.infer<typeof PublicCounts>;

/** A document field shown on a number's page, or withheld because it names a private person. */
export const Withholdable = z.enum(['outlet', 'title', 'url', 'quote']);
export type Withholdable = z.infer<typeof Withholdable>;

export const PublicSourceRef = z.object({
  id: z.string(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  /** The sentence that tells the fact, or null (withheld, or none stored). */
  quote: z.string().nullable(),
  /** The original this source reprints: a reprint is never a second report. */
  reprintOf: z.string().nullable(),
  withheld: z.array(Withholdable),
});
export type PublicSourceRef = z.infer<typeof PublicSourceRef>;

/** How a fact's dimensions were found, when not from its own sentence. */
export const FactNote = z.enum(['unit_fallback', 'place_fallback', 'running_total', 'month_from_sentence']);
export type FactNote = z.infer<typeof FactNote>;

export const PublicFact = z.object({
  kind: z.enum(['figure', 'individuals']),
  value: z.number().int().nonnegative(),
  /** A figure as the text gives it ("more than 40" gives 41). */
  told: z.object({ value: z.number(), qualifier: Qualifier }).nullable(),
  unit: z.string().nullable(),
  place: z.string().nullable(),
  month: z.string().nullable(),
  evidence: Evidence,
  reviewed: z.boolean(),
  /** Outlets telling it independently (reprints and one outlet's two articles are one). */
  independentSources: z.number().int().nonnegative(),
  /** Named people among individuals: how many, never who. */
  named: z.number().int().nonnegative(),
  notes: z.array(FactNote),
  sources: z.array(PublicSourceRef),
});
export type PublicFact = z.infer<typeof PublicFact>;

/** Why the number is what it is, as data: the page words it in the reader's language. */
export const PublicWhy = z.object({
  /** 'largest': the largest of facts that may count the same people; 'sum': a sum of facts that cannot. */
  rule: z.enum(['largest', 'sum']),
  parts: z.array(z.number()),
  /** Facts in this group in all; those not in `parts` may overlap them and are not added. */
  considered: z.number().int().nonnegative(),
  /** Individual reports left out because a figure of the group may already count them. */
  individualsInside: z.boolean(),
});
export type PublicWhy = z.infer<typeof PublicWhy>;

export const NumberPage = z.object({
  number: PublicNumber,
  why: PublicWhy,
  facts: z.array(PublicFact),
  ...Names,
  reviewedOnly: z.boolean(),
});
export type NumberPage = z.infer<typeof NumberPage>;
