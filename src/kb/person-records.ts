/**
 * Person records from person mentions: resolution over every mention (with
 * the reviewers' decisions), then one record per person with its name, the
 * roles its mentions give, and its links (the mentions, and the figures and
 * events whose sentences name him). Pure; reads no text, so it runs over the
 * whole corpus on every ingest from the mention facts kept in the store.
 */
import { entityId, type KbEntity, type KbLink } from './build.ts';
import type { PersonMention } from './derive-sources.ts';
import { type Decision, type Resolver, resolveWithDecisions } from './persons.ts';

export interface PersonPart {
  entities: KbEntity[];
  links: KbLink[];
  review: { a: string; b: string; posterior: number }[];
  /** Person claim id → person record id. */
  personOf: Map<string, string>;
}

/**
 * Resolves the mentions, which must come in corpus order (source id, then
 * position): the resolver's clusters may depend on the order it reads them.
 */
export function personRecords(
  mentions: readonly PersonMention[],
  resolver: Resolver,
  decisions: readonly Decision[] = [],
): PersonPart {
  const input = mentions.map((m) => ({
    id: m.claimId,
    name: m.name,
    age: m.age,
    unit: m.unit,
    region: m.region,
    date: m.date,
  }));
  const resolved = resolveWithDecisions(input, resolver, decisions);
  const byId = new Map(mentions.map((m) => [m.claimId, m]));
  const entities = new Map<string, KbEntity>();
  const links: KbLink[] = [];
  const personOf = new Map<string, string>();
  for (const [claimId, key] of resolved.personOf) {
    const m = byId.get(claimId)!;
    const id = entityId('person', key);
    let e = entities.get(id);
    if (!e) {
      e = { id, kind: 'person', key, name: m.name, data: { roles: {} } };
      entities.set(id, e);
    }
    const roles = e.data.roles as Record<string, number>;
    roles[m.role] = (roles[m.role] ?? 0) + 1;
    // The fullest way the reports write his name; between equals, the smaller string, so order never matters.
    if (m.name.length > e.name.length || (m.name.length === e.name.length && m.name < e.name))
      e.name = m.name;
    personOf.set(claimId, id);
    links.push({ entityId: id, claimId, sourceId: m.sourceId, relation: 'mention' });
  }
  const seen = new Set<string>();
  for (const m of mentions) {
    const id = personOf.get(m.claimId)!;
    for (const c of m.contexts) {
      if (seen.has(`${id}|${c}`)) continue;
      seen.add(`${id}|${c}`);
      links.push({ entityId: id, claimId: c, sourceId: m.sourceId, relation: 'context' });
    }
  }
  return { entities: [...entities.values()], links, review: resolved.review, personOf };
}
