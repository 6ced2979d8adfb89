/**
 * The part of the knowledge base a case is matched against, as plain values:
 * records (units, places, facilities, the persons a profile's name hit) and
 * the links from claims to them, indexed by what a profile looks them up by.
 * Pure. Person record ids change when the knowledge base is rebuilt, so
 * nothing here is kept beyond one matching run.
 */
import type { EntityKind } from '../../kb/build.ts';

export interface KbRecord {
  id: string;
  kind: EntityKind;
  key: string;
  name: string;
  data: Record<string, unknown>;
}

export interface KbClaimLink {
  entityId: string;
  claimId: string;
  sourceId: string;
  /** 'mention': the claim names the record; 'context': a figure or event whose sentence places it there. */
  relation: 'mention' | 'context';
  claimKind: string;
  /** The original the link's source reprints, or null. */
  duplicateOf: string | null;
}

export interface KbIndex {
  byId: Map<string, KbRecord>;
  /** Unit records by unit key. */
  unitByKey: Map<string, KbRecord>;
  /** Place records by gazetteer place id. */
  placeById: Map<string, KbRecord>;
  /** Facility records by the gazetteer id of their place. */
  facilitiesByPlace: Map<string, KbRecord[]>;
  /** Links by record id. */
  links: Map<string, KbClaimLink[]>;
  /** Sources that name a soldier (any man who could be a case's): source id → person claim ids. */
  soldiers: Map<string, Set<string>>;
}

/**
 * Indexes records and links (links of records not given are ignored) and the
 * person mentions by source.
 */
export function indexKnowledge(
  records: readonly KbRecord[],
  links: readonly KbClaimLink[],
  mentions: readonly { claimId: string; sourceId: string }[] = [],
): KbIndex {
  const index: KbIndex = {
    byId: new Map(),
    unitByKey: new Map(),
    placeById: new Map(),
    facilitiesByPlace: new Map(),
    links: new Map(),
    soldiers: new Map(),
  };
  for (const m of mentions) {
    const set = index.soldiers.get(m.sourceId);
    if (set) set.add(m.claimId);
    else index.soldiers.set(m.sourceId, new Set([m.claimId]));
  }
  for (const r of records) {
    index.byId.set(r.id, r);
    if (r.kind === 'unit') index.unitByKey.set(r.key, r);
    if (r.kind === 'place') index.placeById.set(r.key, r);
    if (r.kind === 'facility') {
      const place = facilityPlace(r);
      index.facilitiesByPlace.set(place, [...(index.facilitiesByPlace.get(place) ?? []), r]);
    }
  }
  for (const l of links) {
    if (!index.byId.has(l.entityId)) continue;
    const list = index.links.get(l.entityId);
    if (list) list.push(l);
    else index.links.set(l.entityId, [l]);
  }
  return index;
}

/** The gazetteer place id of a facility record (its key is `<place id>|<site>`). */
export function facilityPlace(r: KbRecord): string {
  return typeof r.data.placeId === 'string' ? r.data.placeId : r.key.slice(0, r.key.lastIndexOf('|'));
}

/** The kind of site of a facility record ("basement"). */
export function facilitySite(r: KbRecord): string {
  return typeof r.data.site === 'string' ? r.data.site : r.key.slice(r.key.lastIndexOf('|') + 1);
}
