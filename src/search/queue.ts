/**
 * The review queue in the store: machine suggestions waiting for a person,
 * each with the words around it, and the person merges the resolver could
 * not decide (kb_review), each side with its mention and source. Reading
 * only; decisions go through src/claims/review.ts and src/kb/repository.ts.
 */
import { type Kysely, sql } from 'kysely';
import type { DB } from '../store/db-types.ts';

/** Characters of context on each side of a claim. */
const CONTEXT = 120;
/** The queue's total is exact up to this many; above, it is reported as COUNT_CAP + 1 ("more than"). */
export const COUNT_CAP = 10_000;

export interface QueueItem {
  id: string;
  kind: string;
  rule: string;
  /** Extractor name@version: with the rule, the claim's "why". */
  extractor: string;
  value: Record<string, unknown>;
  sourceId: string;
  sourceTitle: string | null;
  /** The text before the claim, the claim's own span, the text after. */
  before: string;
  match: string;
  after: string;
  /** The claim's version: what a review decision on it must carry. */
  version: number;
}

export interface QueueFilter {
  kind?: string | undefined;
  limit: number;
  offset: number;
}

/** Suggestions waiting for review, in source and text order (the index claims_state_order serves it). */
export async function listQueue(
  db: Kysely<DB>,
  filter: QueueFilter,
): Promise<{ total: number; items: QueueItem[] }> {
  let q = db
    .selectFrom('claims as c')
    .innerJoin('sources as s', 's.id', 'c.source_id')
    .where('c.state', '=', 'suggested');
  if (filter.kind) q = q.where('c.kind', '=', filter.kind);
  // Offsets are 0-based; substr is 1-based.
  const rows = await q
    .select(['c.id', 'c.kind', 'c.rule', 'c.extractor', 'c.value', 'c.source_id', 's.title', 'c.version'])
    .select([
      sql<string>`substr(s.body, greatest(c.start_offset - ${CONTEXT}, 0) + 1, c.start_offset - greatest(c.start_offset - ${CONTEXT}, 0))`.as(
        'before',
      ),
      sql<string>`substr(s.body, c.start_offset + 1, c.end_offset - c.start_offset)`.as('match'),
      sql<string>`substr(s.body, c.end_offset + 1, ${CONTEXT})`.as('after'),
    ])
    .orderBy('c.source_id')
    .orderBy('c.start_offset')
    .orderBy('c.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  // Counted on claims alone (index only), and only up to COUNT_CAP: past that the screen says "10,000+".
  let waiting = db.selectFrom('claims').select('id').where('state', '=', 'suggested');
  if (filter.kind) waiting = waiting.where('kind', '=', filter.kind);
  const total = await db
    .selectFrom(waiting.limit(COUNT_CAP + 1).as('w'))
    .select(sql<string>`count(*)`.as('n'))
    .executeTakeFirst();
  return {
    total: Number(total?.n ?? 0),
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      rule: r.rule,
      extractor: r.extractor,
      value: r.value as Record<string, unknown>,
      sourceId: r.source_id,
      sourceTitle: r.title,
      before: r.before,
      match: r.match,
      after: r.after,
      version: r.version,
    })),
  };
}

export interface MergeSide {
  claimId: string;
  mention: string;
  role: string | null;
  sourceId: string;
  sourceTitle: string | null;
  published: string | null;
}

export interface MergeItem {
  a: MergeSide;
  b: MergeSide;
  /** The resolver's probability that both are one person. */
  posterior: number;
}

/** Pending person merges, most uncertain first (posterior nearest 0.5). */
export async function listMerges(db: Kysely<DB>, limit: number): Promise<MergeItem[]> {
  const side = (alias: 'a' | 'b') =>
    [
      sql<string>`${sql.ref(`${alias}.value`)} ->> 'mention'`.as(`${alias}_mention`),
      sql<string | null>`${sql.ref(`${alias}.value`)} ->> 'role'`.as(`${alias}_role`),
      `${alias}s.id as ${alias}_source`,
      `${alias}s.title as ${alias}_title`,
      `${alias}s.published as ${alias}_published`,
    ] as const;
  const rows = await db
    .selectFrom('kb_review as r')
    .innerJoin('claims as a', 'a.id', 'r.a_claim')
    .innerJoin('claims as b', 'b.id', 'r.b_claim')
    .innerJoin('sources as as', 'as.id', 'a.source_id')
    .innerJoin('sources as bs', 'bs.id', 'b.source_id')
    .select(['r.a_claim', 'r.b_claim', 'r.posterior'])
    .select(side('a'))
    .select(side('b'))
    .where('r.state', '=', 'pending')
    .orderBy(sql`abs(r.posterior - 0.5)`)
    .orderBy('r.a_claim')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    posterior: Number(r.posterior),
    a: {
      claimId: r.a_claim,
      mention: r.a_mention,
      role: r.a_role,
      sourceId: r.a_source,
      sourceTitle: r.a_title,
      published: r.a_published,
    },
    b: {
      claimId: r.b_claim,
      mention: r.b_mention,
      role: r.b_role,
      sourceId: r.b_source,
      sourceTitle: r.b_title,
      published: r.b_published,
    },
  }));
}
