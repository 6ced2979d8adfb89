/**
 * The normal path after new reports: derive only them (their unit, place,
 * facility and organisation links, merged into the records they name, and
 * their person mentions' facts), re-resolve persons over the kept mentions,
 * in one transaction. Running it again for the same sources changes nothing.
 * The caller marks them derived (markDerived) once the work that follows
 * (case suggestions) is done too, so a run that stops leaves them pending.
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../store/db-types.ts';
import type { KbEntity } from './build.ts';
import { deriveSources, type SourcesPart } from './derive-sources.ts';
import { mergeEntity } from './merge.ts';
import type { Resolver } from './persons.ts';
import { saveMentions, updatePersons, upsertEntities } from './persons-store.ts';
import { toKbClaim } from './repository.ts';
import type { KbDeps, KbSource } from './types.ts';

const CHUNK = 500;

/** Held for the length of a transaction that writes records, so two writers (processes too) take turns. */
export const lockRecords = (trx: Transaction<DB>) =>
  sql`select pg_advisory_xact_lock(7315190413)`.execute(trx).then(() => undefined);

export interface DeriveResult {
  sources: number;
  /** Records the new sources name (units, places, facilities, organisations). */
  entities: number;
  links: number;
  /** Person records that were made, changed or merged away (old and new ids). */
  persons: string[];
}

/** Derives the given sources into the knowledge base (a source derived before is derived again, to no change). */
export async function deriveIncrementally(
  db: Kysely<DB>,
  deps: KbDeps,
  resolver: Resolver,
  sourceIds: readonly string[],
  actor: string,
): Promise<DeriveResult> {
  const { sources, claims } = await loadSources(db, sourceIds);
  const part = deriveSources(sources, claims, deps);
  const ids = sources.map((s) => s.id);
  return db.transaction().execute(async (trx) => {
    await lockRecords(trx);
    await writeSources(trx, ids, part);
    const persons = await updatePersons(trx, resolver);
    const result = { sources: ids.length, entities: part.entities.length, links: part.links.length, persons };
    await trx
      .insertInto('kb_history')
      .values({ actor, action: 'derive', details: JSON.stringify({ ...result, persons: persons.length }) })
      .execute();
    return result;
  });
}

/** The sources with these ids and all their claims, in corpus order. */
async function loadSources(db: Kysely<DB>, ids: readonly string[]) {
  if (ids.length === 0) return { sources: [], claims: [] };
  const rows = await db
    .selectFrom('sources')
    .select(['id', 'body', 'title', 'outlet', 'url', 'published', 'duplicate_of'])
    .where('id', 'in', ids)
    .orderBy('id')
    .execute();
  const claims = await db
    .selectFrom('claims')
    .select(['id', 'source_id', 'kind', 'state', 'start_offset', 'end_offset', 'value'])
    .where('source_id', 'in', ids)
    .orderBy('source_id')
    .orderBy('start_offset')
    .orderBy('id')
    .execute();
  const sources: KbSource[] = rows.map((s) => ({
    id: s.id,
    text: s.body,
    title: s.title,
    outlet: s.outlet,
    url: s.url,
    published: s.published,
    duplicateOf: s.duplicate_of,
  }));
  return { sources, claims: claims.map(toKbClaim) };
}

/** Replaces the sources' links and mention facts, and merges their records into the stored ones. */
async function writeSources(trx: Transaction<DB>, ids: readonly string[], part: SourcesPart): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    await trx.deleteFrom('kb_links').where('source_id', 'in', chunk).execute();
    await trx.deleteFrom('kb_mentions').where('source_id', 'in', chunk).execute();
  }
  await upsertEntities(trx, await mergeWithStored(trx, part.entities));
  for (let i = 0; i < part.links.length; i += CHUNK) {
    const rows = part.links.slice(i, i + CHUNK).map((l) => ({
      entity_id: l.entityId,
      claim_id: l.claimId,
      source_id: l.sourceId,
      relation: l.relation,
    }));
    await trx.insertInto('kb_links').values(rows).execute();
  }
  await saveMentions(trx, part.mentions);
}

/** The new sightings merged with the records already stored under the same ids. */
async function mergeWithStored(trx: Transaction<DB>, entities: readonly KbEntity[]): Promise<KbEntity[]> {
  const stored = new Map<string, KbEntity>();
  for (let i = 0; i < entities.length; i += CHUNK) {
    const rows = await trx
      .selectFrom('kb_entities')
      .select(['id', 'kind', 'key', 'name', 'data'])
      .where(
        'id',
        'in',
        entities.slice(i, i + CHUNK).map((e) => e.id),
      )
      .execute();
    for (const r of rows)
      stored.set(r.id, { ...r, kind: r.kind as KbEntity['kind'], data: r.data as KbEntity['data'] });
  }
  return entities.map((e) => {
    const old = stored.get(e.id);
    return old ? mergeEntity(old, e) : e;
  });
}

/** Marks sources derived (or derived again). */
export async function markDerived(trx: Transaction<DB>, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    await trx
      .insertInto('kb_derived')
      .values(ids.slice(i, i + CHUNK).map((id) => ({ source_id: id })))
      .onConflict((oc) => oc.column('source_id').doUpdateSet({ derived_at: sql`now()` }))
      .execute();
  }
}
