/** Plain input and output of the counting core (src/counts/compute.ts). */
import type { EventType, Qualifier } from '../claims/schema.ts';

export interface CountSource {
  id: string;
  outlet: string | null;
  title: string | null;
  url: string | null;
  published: string | null;
  /** The original this source reprints (near-duplicate), or null. */
  duplicateOf: string | null;
}

export interface CountClaim {
  id: string;
  sourceId: string;
  kind: 'figure' | 'event';
  /** suggested | accepted | edited | rejected | obsolete. */
  state: string;
  /** The value in force (a reviewer's correction when edited). */
  value: Record<string, unknown>;
}

/** Where and when a claim sits, as the knowledge base found it (see src/kb/context.ts). */
export interface CountContext {
  /** Canonical unit key, or null when not stated. */
  unit: string | null;
  /** Gazetteer place id, or null. */
  place: string | null;
  /** YYYY-MM, or null. */
  month: string | null;
  /** Person record ids of the named people the claim is about. */
  subjects: string[];
  /** How the context was found, for `why` ("unit: the only unit the report names"). */
  notes: string[];
}

/** Which units and places contain which: from the gazetteers, passed in. */
export interface CountRelations {
  unitsDisjoint(a: string, b: string): boolean;
  placesDisjoint(a: string, b: string): boolean;
  unitAncestors(key: string): string[];
  placeAncestors(id: string): string[];
}

export interface CountInput {
  sources: readonly CountSource[];
  claims: readonly CountClaim[];
  contexts: ReadonlyMap<string, CountContext>;
  relations: CountRelations;
}

/** One dimension value of a group: a value, null ("not stated"), or '*' (all: a roll-up). */
export type Dim = string | null;

export interface GroupKey {
  type: EventType;
  unit: Dim;
  place: Dim;
  month: Dim;
}

export type Evidence = 'one_source' | 'several_sources' | 'confirmed';

/** One counted fact: a figure (perhaps told by several outlets) or the named/anonymous individuals of a cell. */
export interface Fact {
  id: string;
  kind: 'figure' | 'individuals';
  type: EventType;
  unit: string | null;
  place: string | null;
  month: string | null;
  /** Its lower bound. */
  value: number;
  /** For figures: the figure as told and its qualifier. */
  figure?: { value: number; qualifier: Qualifier };
  /** For individuals: person record ids named. */
  subjects: string[];
  claims: string[];
  sources: string[];
  /** Independent tellings: reprint clusters with different outlets. */
  independentSources: number;
  reviewed: boolean;
  evidence: Evidence;
  why: string[];
}

export interface CountGroup {
  key: GroupKey;
  lowerBound: number;
  evidence: Evidence;
  /** True when every claim it rests on was accepted or corrected by a person. */
  reviewed: boolean;
  /** The facts the bound is the sum of (pairwise disjoint). */
  facts: string[];
  claims: string[];
  sources: string[];
  why: string[];
}

export interface CountResult {
  groups: CountGroup[];
  facts: Fact[];
  /** Claims seen but not counted, and why (about/at most, percent, no event type, rejected). */
  excluded: { claim: string; reason: string }[];
}

/** Figure `counts` → event type. `strength` and `other` count nothing that happened. */
export const COUNTS_TO_EVENT: Record<string, EventType | undefined> = {
  refusing: 'refusal',
  deserted: 'desertion',
  detained: 'detention',
  returned: 'release',
  prosecuted: 'prosecution',
  missing: 'disappearance',
  killed: 'death',
  surrendered: 'surrender',
  recruited: 'forced_recruitment',
  assisted: 'assistance',
};
