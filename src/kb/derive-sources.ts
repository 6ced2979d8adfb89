/**
 * What each source contributes to the knowledge base on its own: the unit,
 * place, facility and organisation records its claims name or place, their
 * links, the contexts of its figures and events, and its person mentions with
 * what their sentences say (for resolution). Nothing here looks at another
 * source, so a new report is derived alone and merged into the records
 * (merge.ts). Pure.
 */
import { analyseSource, type ClaimContext } from './context.ts';
import { type EntityKind, entityId, type KbEntity, type KbLink } from './build.ts';
import { mergeEntity } from './merge.ts';
import { isLive, type KbClaim, type KbDeps, type KbSource } from './types.ts';

/** A live person claim with the facts of its sentence: the input of person resolution. */
export interface PersonMention {
  claimId: string;
  sourceId: string;
  name: string;
  role: string;
  age: number | null;
  unit: string | null;
  region: string | null;
  /** The report's day (YYYY, YYYY-MM or YYYY-MM-DD), or null. */
  date: string | null;
  /** Figure and event claims whose sentence names him (context links of his person record). */
  contexts: string[];
}

export interface SourcesPart {
  /** Unit, place, facility and organisation records (persons come from resolution). */
  entities: KbEntity[];
  links: KbLink[];
  contexts: Map<string, ClaimContext>;
  mentions: PersonMention[];
}

type Make = (kind: EntityKind, key: string, name: string, data: Record<string, unknown>) => KbEntity;

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Derives every given source (claims of other sources are ignored). */
export function deriveSources(
  sources: readonly KbSource[],
  claims: readonly KbClaim[],
  deps: KbDeps,
): SourcesPart {
  const entities = new Map<string, KbEntity>();
  const links = new Map<string, KbLink>();
  const part: SourcesPart = { entities: [], links: [], contexts: new Map(), mentions: [] };
  const bySource = new Map<string, KbClaim[]>();
  for (const c of claims) {
    const list = bySource.get(c.sourceId);
    if (list) list.push(c);
    else bySource.set(c.sourceId, [c]);
  }
  const make: Make = (kind, key, name, data) => {
    const fresh = { id: entityId(kind, key), kind, key, name, data };
    const known = entities.get(fresh.id);
    const merged = known ? mergeEntity(known, fresh) : fresh;
    entities.set(fresh.id, merged);
    return merged;
  };
  const link = (e: KbEntity, c: KbClaim, relation: KbLink['relation']) => {
    const k = `${e.id}|${c.id}`;
    if (!links.has(k) || relation === 'mention')
      links.set(k, { entityId: e.id, claimId: c.id, sourceId: c.sourceId, relation });
  };
  for (const source of sources) deriveOne(source, bySource.get(source.id) ?? [], deps, make, link, part);
  part.entities = [...entities.values()];
  part.links = [...links.values()];
  return part;
}

function deriveOne(
  source: KbSource,
  own: readonly KbClaim[],
  deps: KbDeps,
  make: Make,
  link: (e: KbEntity, c: KbClaim, relation: KbLink['relation']) => void,
  part: SourcesPart,
): void {
  const a = analyseSource(source, own, deps);
  const mentions = new Map<string, PersonMention>();
  for (const c of own.filter(isLive)) {
    if (c.kind === 'unit')
      link(unitEntity(deps, make, String(c.value.key), String(c.value.mention)), c, 'mention');
    if (c.kind === 'organization') {
      const name = String(c.value.canonical);
      link(make('organization', fold(name), name, { kind: c.value.kind }), c, 'mention');
    }
    const p = a.places.get(c.id);
    if (p) link(make('place', p.id, p.name, placeData(p)), c, 'mention');
    if (c.kind === 'person') {
      const facts = a.persons.get(c.id);
      const m: PersonMention = {
        claimId: c.id,
        sourceId: c.sourceId,
        name: String(c.value.mention),
        role: String(c.value.role),
        age: facts?.age ?? null,
        unit: facts?.unit ?? null,
        region: facts?.region ?? null,
        date: dayOf(source.published),
        contexts: [],
      };
      mentions.set(c.id, m);
      part.mentions.push(m);
    }
    const ctx = a.contexts.get(c.id);
    if (!ctx) continue;
    part.contexts.set(c.id, ctx);
    if (ctx.unit) link(unitEntity(deps, make, ctx.unit.key, ctx.unit.key), c, 'context');
    const place = ctx.place && deps.places.get(ctx.place.id);
    if (place) link(make('place', place.id, place.name, placeData(place)), c, 'context');
    if (ctx.facility && place) {
      const site = ctx.facility.site;
      const data = { site, placeId: place.id, lat: place.lat, lon: place.lon };
      link(make('facility', `${place.id}|${site}`, `${site} in ${place.name}`, data), c, 'context');
    }
  }
  // Subjects are person claims of the same sentence, so of this source.
  for (const ctx of a.contexts.values())
    for (const s of ctx.subjects) mentions.get(s)?.contexts.push(ctx.claimId);
}

function unitEntity(deps: KbDeps, make: Make, rawKey: string, mention: string): KbEntity {
  const key = deps.units.canonicalKey(rawKey);
  const known = deps.units.byKey(key);
  const aliases = mention !== rawKey ? [mention] : [];
  return make('unit', key, known?.name ?? aliases[0] ?? key, {
    known: Boolean(known),
    vch: known?.vch ?? [],
    garrison: known?.garrison ?? null,
    parent: known?.parent ?? null,
    names: known?.names ?? [],
    aliases,
  });
}

function placeData(p: { kind: string; country: string; admin1: string | null; lat: number; lon: number }) {
  return { kind: p.kind, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon };
}

const dayOf = (published: string | null) => (published && /^\d{4}(-\d{2}){0,2}/.exec(published)?.[0]) || null;
