/**
 * Builds the knowledge base from sources and claims: records (persons, units,
 * places, facilities, organisations), the links from every claim that names
 * or places them, and the person pairs left for review. Pure.
 */
import { createHash } from 'node:crypto';
import type { Mention } from '../resolve/persons/mention.ts';
import { analyseSource, type ClaimContext } from './context.ts';
import { type Decision, type Resolver, resolveWithDecisions } from './persons.ts';
import { isLive, type KbClaim, type KbDeps, type KbSource } from './types.ts';

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
}

/** Stable record id from kind and key. */
export function entityId(kind: EntityKind, key: string): string {
  return `ent_${createHash('sha256').update(`${kind}\u0000${key}`).digest('hex').slice(0, 16)}`;
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Builds records and links over all the given sources and claims. */
export function buildKnowledge(
  sources: readonly KbSource[],
  claims: readonly KbClaim[],
  deps: KbDeps,
  resolver: Resolver,
  decisions: readonly Decision[] = [],
): KbBuild {
  const entities = new Map<string, KbEntity>();
  const links = new Map<string, KbLink>();
  const contexts = new Map<string, ClaimContext>();
  const mentions: Mention[] = [];
  const bySource = new Map<string, KbClaim[]>();
  for (const c of claims) bySource.set(c.sourceId, [...(bySource.get(c.sourceId) ?? []), c]);
  const entity = (kind: EntityKind, key: string, name: string, data: Record<string, unknown>) => {
    const id = entityId(kind, key);
    if (!entities.has(id)) entities.set(id, { id, kind, key, name, data });
    return entities.get(id)!;
  };
  const link = (e: KbEntity, c: KbClaim, relation: KbLink['relation']) => {
    const k = `${e.id}|${c.id}`;
    if (!links.has(k) || relation === 'mention')
      links.set(k, { entityId: e.id, claimId: c.id, sourceId: c.sourceId, relation });
  };
  for (const source of sources) {
    const own = bySource.get(source.id) ?? [];
    const a = analyseSource(source, own, deps);
    for (const [id, ctx] of a.contexts) contexts.set(id, ctx);
    for (const c of own.filter(isLive)) {
      if (c.kind === 'unit')
        link(unitEntity(deps, entity, String(c.value.key), String(c.value.mention)), c, 'mention');
      if (c.kind === 'organization') {
        const name = String(c.value.canonical);
        link(entity('organization', fold(name), name, { kind: c.value.kind }), c, 'mention');
      }
      const p = a.places.get(c.id);
      if (p) link(entity('place', p.id, p.name, placeData(p)), c, 'mention');
      if (c.kind === 'person') {
        const facts = a.persons.get(c.id);
        mentions.push({
          id: c.id,
          name: String(c.value.mention),
          age: facts?.age ?? null,
          unit: facts?.unit ?? null,
          region: facts?.region ?? null,
          date: dayOf(source.published),
        });
      }
      const ctx = a.contexts.get(c.id);
      if (!ctx) continue;
      if (ctx.unit) link(unitEntity(deps, entity, ctx.unit.key, ctx.unit.key), c, 'context');
      const place = ctx.place && deps.places.get(ctx.place.id);
      if (place) link(entity('place', place.id, place.name, placeData(place)), c, 'context');
      if (ctx.facility && place) {
        const f = entity(
          'facility',
          `${place.id}|${ctx.facility.site}`,
          `${ctx.facility.site} in ${place.name}`,
          { site: ctx.facility.site, placeId: place.id, lat: place.lat, lon: place.lon },
        );
        link(f, c, 'context');
      }
    }
  }
  const persons = resolveWithDecisions(mentions, resolver, decisions);
  const personOf = new Map<string, string>();
  const claimById = new Map(claims.map((c) => [c.id, c]));
  for (const [claimId, key] of persons.personOf) {
    const c = claimById.get(claimId)!;
    const e = entity('person', key, String(claimById.get(key)?.value.mention ?? c.value.mention), {
      roles: {},
    });
    const roles = e.data.roles as Record<string, number>;
    const role = String(c.value.role);
    roles[role] = (roles[role] ?? 0) + 1;
    if (String(c.value.mention).length > e.name.length) e.name = String(c.value.mention);
    personOf.set(claimId, e.id);
    link(e, c, 'mention');
  }
  for (const ctx of contexts.values()) {
    const c = claimById.get(ctx.claimId)!;
    for (const s of ctx.subjects) {
      const e = personOf.get(s);
      const person = e ? entities.get(e) : undefined;
      if (person) link(person, c, 'context');
    }
  }
  return {
    entities: [...entities.values()],
    links: [...links.values()],
    review: persons.review,
    contexts,
    personOf,
  };
}

function unitEntity(
  deps: KbDeps,
  entity: (kind: EntityKind, key: string, name: string, data: Record<string, unknown>) => KbEntity,
  rawKey: string,
  mention: string,
): KbEntity {
  const key = deps.units.canonicalKey(rawKey);
  const known = deps.units.byKey(key);
  const e = entity('unit', key, known?.name ?? mention, {
    known: Boolean(known),
    vch: known?.vch ?? [],
    garrison: known?.garrison ?? null,
    parent: known?.parent ?? null,
    names: known?.names ?? [],
    aliases: [],
  });
  const aliases = e.data.aliases as string[];
  if (mention !== rawKey && !aliases.includes(mention)) aliases.push(mention);
  return e;
}

function placeData(p: { kind: string; country: string; admin1: string | null; lat: number; lon: number }) {
  return { kind: p.kind, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon };
}

const dayOf = (published: string | null) => (published && /^\d{4}(-\d{2}){0,2}/.exec(published)?.[0]) || null;
