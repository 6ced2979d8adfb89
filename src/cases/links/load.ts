/**
 * Reading what the matcher needs from the store: case profiles (decrypted in
 * process, never queried by content), the person mentions of the knowledge
 * base, the facts their sentences give for the few that may matter, and the
 * records and links a set of profiles names. Each is one query (or one per
 * chunk of ids), never one per case per record.
 */
import { type Kysely, sql } from 'kysely';
import type { EntityKind } from '../../kb/build.ts';
import { analyseSource } from '../../kb/context.ts';
import { toKbClaim } from '../../kb/repository.ts';
import type { KbClaim } from '../../kb/types.ts';
import type { Security } from '../../security/services.ts';
import type { DB } from '../../store/db-types.ts';
import { openCase } from '../repository.ts';
import type { CaseState, CaseStatus } from '../schema.ts';
import { rowSeal } from '../sealed.ts';
import type { MatchDeps } from './deps.ts';
import type { KbClaimLink, KbRecord } from './knowledge.ts';
import type { KbPersonMention } from './persons.ts';
import { buildProfile, type CaseProfile } from './profile.ts';

/** Claims that count: rejected and obsolete ones never link a case. */
const LIVE = ['suggested', 'accepted', 'edited'];
/** Person roles that can be the case's man (not his mother, his commander or a lawyer). */
const SUBJECT_ROLES = new Set(['soldier', 'other']);
const CHUNK = 1000;

export interface LoadedCase {
  profile: CaseProfile;
  status: CaseStatus;
  state: CaseState;
}

/** Profiles of the cases with these ids, or in these states. */
export async function loadProfiles(
  db: Kysely<DB>,
  security: Security,
  deps: MatchDeps,
  filter: { ids: string[] } | { states: CaseState[] },
): Promise<LoadedCase[]> {
  let rows = db.selectFrom('cases').selectAll();
  rows = 'ids' in filter ? rows.where('id', 'in', filter.ids) : rows.where('state', 'in', filter.states);
  const cases = await rows.orderBy('id').execute();
  if (cases.length === 0) return [];
  let where = db.selectFrom('case_whereabouts').select(['id', 'case_id', 'place', 'place_ref']);
  where =
    'ids' in filter
      ? where.where('case_id', 'in', filter.ids)
      : where.where('case_id', 'in', db.selectFrom('cases').select('id').where('state', 'in', filter.states));
  const whereabouts = new Map<string, { place: string; placeRef: string | null }[]>();
  for (const w of await where.orderBy('id').execute()) {
    const s = rowSeal(security, 'case_whereabouts', w.id);
    const list = whereabouts.get(w.case_id) ?? [];
    list.push({ place: s.open('place', w.place) as string, placeRef: s.open('place_ref', w.place_ref) });
    whereabouts.set(w.case_id, list);
  }
  return cases.map((row) => {
    const open = openCase(security, row);
    const facts = {
      caseId: row.id,
      personName: row.kind === 'person' ? open.personName : null,
      birthDate: open.birthDate,
      unit: open.unit,
      region: row.region,
      whereabouts: whereabouts.get(row.id) ?? [],
    };
    return {
      profile: buildProfile(facts, deps.profile),
      status: row.status as CaseStatus,
      state: row.state as CaseState,
    };
  });
}

/** Every live person mention that may be a case's man, with its person record and its report's date. */
export async function loadPersonMentions(db: Kysely<DB>): Promise<KbPersonMention[]> {
  const rows = await db
    .selectFrom('claims as c')
    // A person claim's 'mention' link is to its person record (no other kind links a person claim).
    .innerJoin('kb_links as l', (j) => j.onRef('l.claim_id', '=', 'c.id').on('l.relation', '=', 'mention'))
    .innerJoin('sources as s', 's.id', 'c.source_id')
    .select(['c.id', 'c.source_id', 'c.value', 'l.entity_id', 's.published'])
    .where('c.kind', '=', 'person')
    .where('c.state', 'in', LIVE)
    .orderBy('c.id')
    .execute();
  return rows.flatMap((r) => {
    const value = r.value as { mention?: unknown; role?: unknown };
    if (!SUBJECT_ROLES.has(String(value.role)) || typeof value.mention !== 'string') return [];
    return [
      { claimId: r.id, sourceId: r.source_id, entityId: r.entity_id, name: value.mention, date: r.published },
    ];
  });
}

/**
 * Fills in age, unit and region of the given mentions from their sentences,
 * exactly as the knowledge base's person resolution reads them. Only the
 * sources of these mentions are read again (the candidates of a surname).
 */
export async function addMentionFacts(
  db: Kysely<DB>,
  deps: MatchDeps,
  mentions: KbPersonMention[],
  claimIds: ReadonlySet<string>,
): Promise<void> {
  const wanted = mentions.filter((m) => claimIds.has(m.claimId));
  const sourceIds = [...new Set(wanted.map((m) => m.sourceId))];
  for (let i = 0; i < sourceIds.length; i += CHUNK) {
    const ids = sourceIds.slice(i, i + CHUNK);
    const [sources, claims] = await Promise.all([
      db
        .selectFrom('sources')
        .select(['id', 'body', 'title', 'outlet', 'url', 'published', 'duplicate_of'])
        .where('id', 'in', ids)
        .execute(),
      db
        .selectFrom('claims')
        .select(['id', 'source_id', 'kind', 'state', 'start_offset', 'end_offset', 'value'])
        .where('source_id', 'in', ids)
        .orderBy('start_offset')
        .orderBy('id')
        .execute(),
    ]);
    const facts = new Map<string, { unit: string | null; age: number | null; region: string | null }>();
    for (const s of sources) {
      const own: KbClaim[] = claims.filter((c) => c.source_id === s.id).map(toKbClaim);
      const source = { ...s, text: s.body, duplicateOf: s.duplicate_of };
      for (const [id, f] of analyseSource(source, own, deps.kb).persons) facts.set(id, f);
    }
    for (const m of wanted) Object.assign(m, facts.get(m.claimId) ?? {});
  }
}

/** Unit, place and facility records (a few thousand at most: one per unit, town and site named). */
export async function loadPlaceRecords(db: Kysely<DB>): Promise<KbRecord[]> {
  const rows = await db
    .selectFrom('kb_entities')
    .select(['id', 'kind', 'key', 'name', 'data'])
    .where('kind', 'in', ['unit', 'place', 'facility'])
    .execute();
  return rows.map(toRecord);
}

/** Person records by id. */
export async function loadPersonRecords(db: Kysely<DB>, ids: readonly string[]): Promise<KbRecord[]> {
  const out: KbRecord[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('kb_entities')
      .select(['id', 'kind', 'key', 'name', 'data'])
      .where('id', 'in', ids.slice(i, i + CHUNK))
      .execute();
    out.push(...rows.map(toRecord));
  }
  return out;
}

/** The live claims linked to these records, with each claim's kind and its source's original. */
export async function loadLinks(db: Kysely<DB>, entityIds: readonly string[]): Promise<KbClaimLink[]> {
  const out: KbClaimLink[] = [];
  for (let i = 0; i < entityIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('kb_links as l')
      .innerJoin('claims as c', 'c.id', 'l.claim_id')
      .innerJoin('sources as s', 's.id', 'l.source_id')
      .select(['l.entity_id', 'l.claim_id', 'l.source_id', 'l.relation', 'c.kind', 's.duplicate_of'])
      .where('l.entity_id', 'in', entityIds.slice(i, i + CHUNK))
      .where('c.state', 'in', LIVE)
      .orderBy(sql`l.source_id, l.claim_id`)
      .execute();
    for (const r of rows)
      out.push({
        entityId: r.entity_id,
        claimId: r.claim_id,
        sourceId: r.source_id,
        relation: r.relation as KbClaimLink['relation'],
        claimKind: r.kind,
        duplicateOf: r.duplicate_of,
      });
  }
  return out;
}

function toRecord(r: { id: string; kind: string; key: string; name: string; data: unknown }): KbRecord {
  return {
    id: r.id,
    kind: r.kind as EntityKind,
    key: r.key,
    name: r.name,
    data: r.data as Record<string, unknown>,
  };
}
