/**
 * The claim schema: the one source of truth for what extraction produces, what
 * the store keeps and what the API returns. Shapes follow shared/corpus/FORMAT.md;
 * every item adds where it came from (character offsets into the source text)
 * and which rule made it, so a reviewer can trace any claim to its sentence.
 */
import { z } from 'zod';
import { CLAIM_KINDS } from './kinds.ts';

export const Qualifier = z.enum(['exact', 'at_least', 'more_than', 'about', 'at_most']);
export type Qualifier = z.infer<typeof Qualifier>;

export const FigureCounts = z.enum([
  'refusing',
  'deserted',
  'detained',
  'returned',
  'prosecuted',
  'missing',
  'killed',
  'surrendered',
  'recruited',
  'assisted',
  'strength',
  'other',
]);
export type FigureCounts = z.infer<typeof FigureCounts>;

export const PersonRole = z.enum([
  'soldier',
  'relative',
  'commander',
  'official',
  'activist',
  'journalist',
  'lawyer',
  'other',
]);
export type PersonRole = z.infer<typeof PersonRole>;

export const OrganizationKind = z.enum(['media', 'ngo', 'state', 'armed_group', 'other']);
export type OrganizationKind = z.infer<typeof OrganizationKind>;

export const EventType = z.enum([
  'refusal',
  'desertion',
  'detention',
  'coercion',
  'prosecution',
  'disappearance',
  'release',
  'forced_recruitment',
  'surrender',
  'death',
  'self_harm',
  'impersonation',
  'assistance',
]);
export type EventType = z.infer<typeof EventType>;

/** Where a claim sits in its source text ([start, end) in UTF-16 code units) and which rule made it. */
export const Provenance = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rule: z.string().min(1),
});
export type Provenance = z.infer<typeof Provenance>;

/** ISO date, possibly partial: YYYY-MM-DD, YYYY-MM, YYYY, or --MM-DD / --MM when the year is unknown. */
export const PartialDate = z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$/);

export const Figure = Provenance.extend({
  value: z.number().nonnegative(),
  qualifier: Qualifier,
  percent: z.boolean(),
  counts: FigureCounts,
  quote: z.string(),
});
export type Figure = z.infer<typeof Figure>;

export const UnitMention = Provenance.extend({
  mention: z.string(),
  /** NUMBER-TYPE, e.g. `64-brigade`, `51460-unit`. */
  key: z.string().regex(/^\d+-(brigade|regiment|division|battalion|army|corps|unit)$/),
});
export type UnitMention = z.infer<typeof UnitMention>;

export const PlaceMention = Provenance.extend({
  mention: z.string(),
  canonical: z.string(),
  /** ISO 3166-1 alpha-2 of the state the place is internationally recognised as part of. */
  country: z.string().length(2).nullable(),
  lat: z.number().nullable().optional(),
  lon: z.number().nullable().optional(),
});
export type PlaceMention = z.infer<typeof PlaceMention>;

export const PersonMention = Provenance.extend({
  mention: z.string(),
  role: PersonRole,
});
export type PersonMention = z.infer<typeof PersonMention>;

export const OrganizationMention = Provenance.extend({
  mention: z.string(),
  canonical: z.string(),
  kind: OrganizationKind,
});
export type OrganizationMention = z.infer<typeof OrganizationMention>;

export const EventClaim = Provenance.extend({
  type: EventType,
  quote: z.string(),
  place: z.string().nullable(),
  date: PartialDate.nullable(),
  count: z.number().int().nonnegative().nullable(),
});
export type EventClaim = z.infer<typeof EventClaim>;

export const Language = z.enum(['en', 'ru', 'other']);
export type Language = z.infer<typeof Language>;

/** One document's claims: what `objector extract --json` prints. */
export const Extraction = z.object({
  id: z.string(),
  language: Language,
  published: PartialDate.nullable(),
  extractor: z.object({ name: z.string(), version: z.string() }),
  figures: z.array(Figure),
  units: z.array(UnitMention),
  places: z.array(PlaceMention),
  people: z.array(PersonMention),
  organizations: z.array(OrganizationMention),
  events: z.array(EventClaim),
});
export type Extraction = z.infer<typeof Extraction>;

/** The claim kinds, in the order they are listed in an Extraction. */
export const ClaimKind = z.enum(CLAIM_KINDS);
export type ClaimKind = z.infer<typeof ClaimKind>;
