/**
 * Builds the knowledge base from sources and claims: records (persons, units,
 * places, facilities, organisations), the links from every claim that names
 * or places them, and the person pairs left for review. Pure.
 */
import { createHash } from 'node:crypto';
import type { ClaimContext } from './context.ts';
import { deriveSources, type PersonMention } from './derive-sources.ts';
import { personRecords } from './person-records.ts';
import type { Decision, Resolver } from './persons.ts';
import type { KbClaim, KbDeps, KbSource } from './types.ts';

export type EntityKind = 'person' | 'unit' | 'place' | 'facility' | 'organization';

export interface KbEntity {
  id: string;
  kind: EntityKind;
  key: string;
  name: string;
  data: Record<string, unknown>;
}

export interface KbLink {
  entityId: string;
  claimId: string;
  sourceId: string;
  relation: 'mention' | 'context';
}

export interface KbBuild {
  entities: KbEntity[];
  links: KbLink[];
  review: { a: string; b: string; posterior: number }[];
  contexts: Map<string, ClaimContext>;
  /** Person claim id → person entity id. */
  personOf: Map<string, string>;
  /** Live person claims with the facts of their sentences, in corpus order. */
  mentions: PersonMention[];
}

/** Stable record id from kind and key. */
export function entityId(kind: EntityKind, key: string): string {
  return `ent_${createHash('sha256').update(`${kind}\u0000${key}`).digest('hex').slice(0, 16)}`;
}

/**
 * Builds records and links over all the given sources and claims: each
 * source on its own (derive-sources.ts), then persons over every mention
 * (person-records.ts). The store's incremental path runs the same two steps.
 */
export function buildKnowledge(
  sources: readonly KbSource[],
  claims: readonly KbClaim[],
  deps: KbDeps,
  resolver: Resolver,
  decisions: readonly Decision[] = [],
): KbBuild {
  const part = deriveSources(sources, claims, deps);
  const persons = personRecords(part.mentions, resolver, decisions);
  return {
    entities: [...part.entities, ...persons.entities],
    links: [...part.links, ...persons.links],
    review: persons.review,
    contexts: part.contexts,
    personOf: persons.personOf,
    mentions: part.mentions,
  };
}
