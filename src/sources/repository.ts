/**
 * Sources in the store: small named queries, the only SQL about sources.
 */
import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { DB, Json, SourceTable } from '../store/db-types.ts';
import type { SourceDetail, SourceSummary } from './schema.ts';

type Db = Kysely<DB> | Transaction<DB>;
type SourceRow = Selectable<SourceTable>;

export interface NewSource {
  id: string;
  contentHash: string;
  title: string | null;
  text: string;
  language: 'en' | 'ru' | 'other';
  outlet: string | null;
  url: string | null;
  author: string | null;
  published: string | null;
  format: string;
  encoding: string;
  origin: string | null;
  duplicateOf: string | null;
  similarity: number | null;
  minhash: Uint8Array;
  forwardedFrom?: string | null | undefined;
  edited?: string | null | undefined;
  links?: string[] | undefined;
}

export async function findIdByHash(db: Db, contentHash: string): Promise<string | null> {
  const row = await db
    .selectFrom('sources')
    .select('id')
    .where('content_hash', '=', contentHash)
    .executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Near-duplicate candidates: the sources sharing the most LSH bands with the
 * given keys (more shared bands, higher likely similarity), at most `limit`
 * of them. Each band contributes at most `perBand` sources: a band shared by
 * hundreds of sources comes from boilerplate, says little, and must not make
 * every new source slower than the last.
 */
export async function findBandCandidates(
  db: Db,
  bands: string[],
  limit = 16,
  perBand = 32,
): Promise<{ id: string; duplicateOf: string | null; minhash: Uint8Array }[]> {
  if (bands.length === 0) return [];
  const { rows } = await sql<{ id: string; duplicate_of: string | null; minhash: Uint8Array | null }>`
    select s.id, s.duplicate_of, s.minhash
    from (
      select hit.source_id, count(*) as shared
      from unnest(${sql.val(bands)}::text[]) as b (band)
      cross join lateral (
        select source_id from source_bands where band = b.band limit ${perBand}
      ) as hit
      group by hit.source_id
      order by shared desc, hit.source_id
      limit ${limit}
    ) as top
    join sources s on s.id = top.source_id
    order by top.shared desc, s.id`.execute(db);
  return rows.flatMap((r) =>
    r.minhash ? [{ id: r.id, duplicateOf: r.duplicate_of, minhash: r.minhash }] : [],
  );
}

export async function insertSource(db: Db, source: NewSource, bands: string[]): Promise<void> {
  await db
    .insertInto('sources')
    .values({
      id: source.id,
      content_hash: source.contentHash,
      title: source.title,
      body: source.text,
      language: source.language,
      outlet: source.outlet,
      url: source.url,
      author: source.author,
      published: source.published,
      format: source.format,
      encoding: source.encoding,
      origin: source.origin,
      duplicate_of: source.duplicateOf,
      similarity: source.similarity,
      minhash: source.minhash,
      forwarded_from: source.forwardedFrom ?? null,
      edited: source.edited ?? null,
      links: sql<Json>`${JSON.stringify(source.links ?? [])}`,
    })
    .execute();
  if (bands.length > 0) {
    await db
      .insertInto('source_bands')
      .values(bands.map((band) => ({ band, source_id: source.id })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

export interface ListFilter {
  language?: string | undefined;
  outlet?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

const summaryColumns = [
  'id',
  'title',
  'language',
  'outlet',
  'url',
  'author',
  'published',
  'format',
  'duplicate_of',
  'similarity',
  'ingested_at',
] as const;

export async function listSources(db: Db, filter: ListFilter = {}): Promise<SourceSummary[]> {
  let q = db.selectFrom('sources').select(summaryColumns);
  if (filter.language) q = q.where('language', '=', filter.language);
  if (filter.outlet) q = q.where('outlet', '=', filter.outlet);
  const rows = await q
    .orderBy('ingested_at')
    .orderBy('id')
    .limit(filter.limit ?? 10_000)
    .offset(filter.offset ?? 0)
    .execute();
  return rows.map(toSummary);
}

export async function getSource(db: Db, id: string): Promise<SourceDetail | null> {
  const row = await db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const duplicates = await db
    .selectFrom('sources')
    .select('id')
    .where('duplicate_of', '=', id)
    .orderBy('id')
    .execute();
  return {
    ...toSummary(row),
    text: row.body,
    encoding: row.encoding,
    origin: row.origin,
    duplicates: duplicates.map((d) => d.id),
    forwardedFrom: row.forwarded_from,
    edited: row.edited,
    links: Array.isArray(row.links) ? (row.links as string[]) : [],
  };
}

export async function countSources(db: Db): Promise<number> {
  const row = await db
    .selectFrom('sources')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function toSummary(row: Pick<SourceRow, (typeof summaryColumns)[number]>): SourceSummary {
  return {
    id: row.id,
    title: row.title,
    language: row.language as SourceSummary['language'],
    outlet: row.outlet,
    url: row.url,
    author: row.author,
    published: row.published,
    format: row.format,
    duplicateOf: row.duplicate_of,
    similarity: row.similarity,
    ingestedAt: row.ingested_at.toISOString(),
  };
}
