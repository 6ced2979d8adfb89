/**
 * Finding records for the records screen: by kind, and by a name typed in
 * either script (a piece of the name, or a name like it). Matching is on a
 * Latin transliteration of both sides (objector_latin, migration 0020), so
 * "Kamin" finds "Каминский" and "Каминск" finds "Kaminsky".
 */
import { type Kysely, sql } from 'kysely';
import type { EntityKind } from '../kb/build.ts';
import type { RecordSummary } from '../kb/records.ts';
import type { DB } from '../store/db-types.ts';

export interface RecordQuery {
  kind?: EntityKind | undefined;
  /** A name or part of one, in any script; blank for every record. */
  q?: string | undefined;
  limit: number;
  offset: number;
}

export interface RecordPage {
  /** Every record matching, not only this page's. */
  total: number;
  items: RecordSummary[];
}

/** Records of a kind whose name contains or resembles `q`, most mentioned first. */
export async function findRecords(db: Kysely<DB>, query: RecordQuery): Promise<RecordPage> {
  const text = query.q?.replace(/\s+/g, ' ').trim() ?? '';
  let base = db.selectFrom('kb_entities as e');
  if (query.kind) base = base.where('e.kind', '=', query.kind);
  if (text) {
    const latin = sql`objector_latin(${text})`;
    base = base.where(
      // strpos, not LIKE: a typed % or _ is a letter, not a wildcard.
      sql<boolean>`(strpos(objector_latin(e.name), ${latin}) > 0 or ${latin} <% objector_latin(e.name))`,
    );
  }
  const [count, rows] = await Promise.all([
    base.select(sql<string>`count(*)`.as('n')).executeTakeFirst(),
    base
      .leftJoin('kb_links as l', 'l.entity_id', 'e.id')
      .select(['e.id', 'e.kind', 'e.key', 'e.name', 'e.data'])
      .select(sql<number>`count(l.claim_id)`.as('claims'))
      .select(sql<number>`count(distinct l.source_id)`.as('sources'))
      .groupBy(['e.id', 'e.kind', 'e.key', 'e.name', 'e.data'])
      .orderBy('claims', 'desc')
      .orderBy('e.name')
      .orderBy('e.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
  ]);
  return {
    total: Number(count?.n ?? 0),
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind as EntityKind,
      key: r.key,
      name: r.name,
      data: r.data as Record<string, unknown>,
      claims: Number(r.claims),
      sources: Number(r.sources),
    })),
  };
}
