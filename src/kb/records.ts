/** Reading records: lists by kind, and one record with every claim and source that mentions it. */
import { type Kysely, sql } from 'kysely';
import type { DB } from '../store/db-types.ts';
import { buildKnowledge, type EntityKind } from './build.ts';
import { loadCorpus } from './repository.ts';
import type { KbDeps } from './types.ts';

export interface RecordSummary {
  id: string;
  kind: EntityKind;
  key: string;
  name: string;
  data: Record<string, unknown>;
  claims: number;
  sources: number;
}

export interface RecordLink {
  claimId: string;
  kind: string;
  state: string;
  relation: 'mention' | 'context';
  value: Record<string, unknown>;
  source: {
    id: string;
    title: string | null;
    outlet: string | null;
    url: string | null;
    published: string | null;
    duplicateOf: string | null;
  };
}

export interface RecordDetail extends RecordSummary {
  links: RecordLink[];
}

/** Records of one kind (or all), most mentioned first. */
export async function listRecords(
  db: Kysely<DB>,
  filter: { kind?: EntityKind; limit?: number; offset?: number } = {},
): Promise<RecordSummary[]> {
  let q = db
    .selectFrom('kb_entities as e')
    .leftJoin('kb_links as l', 'l.entity_id', 'e.id')
    .select(['e.id', 'e.kind', 'e.key', 'e.name', 'e.data'])
    .select(sql<number>`count(l.claim_id)`.as('claims'))
    .select(sql<number>`count(distinct l.source_id)`.as('sources'))
    .groupBy(['e.id', 'e.kind', 'e.key', 'e.name', 'e.data']);
  if (filter.kind) q = q.where('e.kind', '=', filter.kind);
  const rows = await q
    .orderBy('claims', 'desc')
    .orderBy('e.id')
    .limit(filter.limit ?? 200)
    .offset(filter.offset ?? 0)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as EntityKind,
    key: r.key,
    name: r.name,
    data: r.data as Record<string, unknown>,
    claims: Number(r.claims),
    sources: Number(r.sources),
  }));
}

/** One record with its links, each with its claim and source. */
export async function getRecord(db: Kysely<DB>, id: string): Promise<RecordDetail | null> {
  const e = await db.selectFrom('kb_entities').selectAll().where('id', '=', id).executeTakeFirst();
  if (!e) return null;
  const rows = await db
    .selectFrom('kb_links as l')
    .innerJoin('claims as c', 'c.id', 'l.claim_id')
    .innerJoin('sources as s', 's.id', 'l.source_id')
    .select([
      'l.claim_id',
      'l.relation',
      'c.kind',
      'c.state',
      'c.value',
      's.id as source_id',
      's.title',
      's.outlet',
      's.url',
      's.published',
      's.duplicate_of',
    ])
    .where('l.entity_id', '=', id)
    .orderBy('s.id')
    .orderBy('c.start_offset')
    .execute();
  const links: RecordLink[] = rows.map((r) => ({
    claimId: r.claim_id,
    kind: r.kind,
    state: r.state,
    relation: r.relation as RecordLink['relation'],
    value: r.value as Record<string, unknown>,
    source: {
      id: r.source_id,
      title: r.title,
      outlet: r.outlet,
      url: r.url,
      published: r.published,
      duplicateOf: r.duplicate_of,
    },
  }));
  return {
    id: e.id,
    kind: e.kind as EntityKind,
    key: e.key,
    name: e.name,
    data: e.data as Record<string, unknown>,
    claims: links.length,
    sources: new Set(links.map((l) => l.source.id)).size,
    links,
  };
}

/**
 * Links one newly stored source: upserts the records its claims name or place
 * (units, places, facilities, organisations) and their links. Person records
 * need every mention, so they are refreshed by rebuildKnowledge.
 */
export async function linkSource(
  db: Kysely<DB>,
  deps: KbDeps,
  sourceId: string,
): Promise<{ entities: number; links: number }> {
  const { sources, claims } = await loadCorpus(db);
  const own = claims.filter((c) => c.sourceId === sourceId && c.kind !== 'person');
  const build = buildKnowledge(
    sources.filter((s) => s.id === sourceId),
    own,
    deps,
    () => ({ clusters: new Map(), review: [] }),
  );
  const entities = build.entities.filter((e) => e.kind !== 'person');
  await db.transaction().execute(async (trx) => {
    for (const e of entities) {
      await trx
        .insertInto('kb_entities')
        .values({ id: e.id, kind: e.kind, key: e.key, name: e.name, data: JSON.stringify(e.data) })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
    await trx
      .deleteFrom('kb_links')
      .where('source_id', '=', sourceId)
      .where('entity_id', 'in', entities.length > 0 ? entities.map((e) => e.id) : [''])
      .execute();
    const links = build.links.filter((l) => entities.some((e) => e.id === l.entityId));
    if (links.length > 0) {
      await trx
        .insertInto('kb_links')
        .values(
          links.map((l) => ({
            entity_id: l.entityId,
            claim_id: l.claimId,
            source_id: l.sourceId,
            relation: l.relation,
          })),
        )
        .execute();
    }
  });
  return { entities: entities.length, links: build.links.length };
}
