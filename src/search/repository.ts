/**
 * Search in the store: sources by full text (English and Russian stemming,
 * one GIN index, see migration 0020) with facets by event type, unit, place
 * and month; records by fuzzy name across scripts (trigrams over a Latin
 * transliteration). Facets come from the claims themselves (live ones), so
 * they are right even before the knowledge base is rebuilt.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../store/db-types.ts';
import { type Highlighted, MARK_END, MARK_START, type SearchPlan, splitHighlights } from './query.ts';

export interface Facet {
  value: string;
  count: number;
}

export interface SourceHit {
  id: string;
  title: string | null;
  language: string;
  outlet: string | null;
  published: string | null;
  duplicateOf: string | null;
  snippet: Highlighted[];
}

export interface SearchResult {
  total: number;
  items: SourceHit[];
  facets: { type: Facet[]; unit: Facet[]; place: Facet[]; month: Facet[] };
}

const FACET_SIZE = 12;

/** Both stemmers: a query matches a Russian source through the Russian one and an English source through the English one. */
const tsquery = (text: string) =>
  sql`(websearch_to_tsquery('english', ${text}) || websearch_to_tsquery('russian', ${text}))`;

const hasFacet = (facet: string, value: string) =>
  sql`s.id in (select f.source_id from search.source_facets f where f.facet = ${facet} and f.value = ${value})`;

/** The matching sources (id, rank, published) of a plan, as a subquery. */
function matches(plan: SearchPlan): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`true`];
  if (plan.text) parts.push(sql`t.fts @@ ${tsquery(plan.text)}`);
  if (plan.from) parts.push(sql`s.published >= ${plan.from}`);
  if (plan.to) parts.push(sql`s.published <= ${plan.to}`);
  if (plan.type) parts.push(hasFacet('type', plan.type));
  if (plan.unit) parts.push(hasFacet('unit', plan.unit));
  if (plan.place) parts.push(hasFacet('place', plan.place));
  if (!plan.text) {
    // Filters alone need no text vectors: leaving the join out saves reading them.
    return sql`select s.id, s.published, 0 as rank from sources s where ${sql.join(parts, sql` and `)}`;
  }
  return sql`select s.id, s.published, ts_rank(t.fts, ${tsquery(plan.text)}) as rank
    from sources s join search.source_text t on t.source_id = s.id
    where ${sql.join(parts, sql` and `)}`;
}

interface Row {
  total: string;
  ids: string[] | null;
  facets: { facet: string; value: string; count: number }[] | null;
}

/**
 * Sources matching a plan, best first, with facets over every match: one
 * statement, so the matching runs once for the page, the total and the facets.
 */
export async function searchSources(db: Kysely<DB>, plan: SearchPlan): Promise<SearchResult> {
  const r = await sql<Row>`
    with m as materialized (${matches(plan)}),
    page as (select id from m order by rank desc, published desc nulls last, id limit ${plan.limit} offset ${plan.offset}),
    counted as (
      select f.facet, f.value, count(*)::int as count from search.source_facets f join m on m.id = f.source_id
      group by 1, 2
      union all
      select 'month', left(m.published, 7), count(*)::int from m where m.published ~ '^\\d{4}-\\d{2}' group by 2
    ),
    ranked as (
      select *, row_number() over (partition by facet order by case when facet = 'month' then value end desc, count desc, value) as n
      from counted
    )
    select (select count(*) from m) as total,
      (select array_agg(id) from page) as ids,
      (select json_agg(json_build_object('facet', facet, 'value', value, 'count', count) order by facet, n)
        from ranked where n <= case when facet = 'month' then 36 else ${FACET_SIZE} end) as facets`.execute(
    db,
  );
  const row = r.rows[0];
  const facets: SearchResult['facets'] = { type: [], unit: [], place: [], month: [] };
  for (const f of row?.facets ?? [])
    facets[f.facet as keyof SearchResult['facets']]?.push({ value: f.value, count: f.count });
  return { total: Number(row?.total ?? 0), items: await hits(db, row?.ids ?? [], plan.text), facets };
}

/** The page's rows with a highlighted snippet (ts_headline only on the page, never on every match). */
async function hits(db: Kysely<DB>, ids: string[], text: string | null): Promise<SourceHit[]> {
  if (ids.length === 0) return [];
  const options = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2`;
  const snippet = text
    ? sql<string>`ts_headline(case when s.language = 'ru' then 'russian'::regconfig else 'english'::regconfig end,
        left(s.body, 20000), ${tsquery(text)}, ${options})`
    : sql<string>`left(s.body, 200)`;
  const rows = await db
    .selectFrom('sources as s')
    .select(['s.id', 's.title', 's.language', 's.outlet', 's.published', 's.duplicate_of'])
    .select(snippet.as('snippet'))
    .where('s.id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const { duplicate_of, snippet: text, ...rest } = r;
    return [{ ...rest, duplicateOf: duplicate_of, snippet: splitHighlights(text) }];
  });
}

export interface NameHit {
  id: string;
  kind: string;
  name: string;
  /** Word similarity of the transliterated query to the transliterated name, 0–1. */
  score: number;
}

/** Records whose name is like the query in any script (Каминский ≈ Kaminsky ≈ Kaminskiy). */
export async function searchNames(
  db: Kysely<DB>,
  query: string,
  options: { kind?: string | undefined; limit: number },
): Promise<NameHit[]> {
  const q = sql`objector_latin(${query})`;
  const rows = await sql<{ id: string; kind: string; name: string; score: number }>`
    select id, kind, name, word_similarity(${q}, objector_latin(name)) as score
    from kb_entities
    where ${q} <% objector_latin(name) ${options.kind ? sql`and kind = ${options.kind}` : sql``}
    order by score desc, name limit ${options.limit}`.execute(db);
  return rows.rows.map((r) => ({ ...r, score: Number(r.score) }));
}
