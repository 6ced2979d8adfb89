/**
 * The members' dashboard in a handful of aggregate queries: claims by review
 * state, pending work, event reports by type (all and reviewed), by month
 * and by place. Aggregated in SQL so the page stays fast with 100,000 claims;
 * "reports" are claims, not people (the lower bounds are src/counts').
 */
import { type Kysely, sql } from 'kysely';
import type { DB } from '../store/db-types.ts';

export interface Overview {
  sources: number;
  claims: Record<string, number>;
  pending: { claims: number; merges: number };
  byType: { type: string; reports: number; reviewed: number }[];
  byMonth: { month: string; reports: number }[];
  places: { name: string; lat: number; lon: number; reports: number }[];
}

const LIVE = sql`c.state in ('suggested', 'accepted', 'edited')`;

/** An event's month: its own date when it has a year, else its source's publication month. */
const MONTH = sql`coalesce(
  case when c.value ->> 'date' ~ '^\\d{4}-\\d{2}' then left(c.value ->> 'date', 7) end,
  case when s.published ~ '^\\d{4}-\\d{2}' then left(s.published, 7) end)`;

export async function overview(db: Kysely<DB>): Promise<Overview> {
  const [sources, states, merges, types, months, places] = await Promise.all([
    sql<{ n: string }>`select count(*) as n from sources`.execute(db),
    sql<{ state: string; n: string }>`select state, count(*) as n from claims group by state`.execute(db),
    sql<{ n: string }>`select count(*) as n from kb_review where state = 'pending'`.execute(db),
    sql<{ type: string; n: string; reviewed: string }>`
      select c.value ->> 'type' as type, count(*) as n,
        count(*) filter (where c.state in ('accepted', 'edited')) as reviewed
      from claims c where c.kind = 'event' and ${LIVE} group by 1 order by 2 desc`.execute(db),
    sql<{ month: string; n: string }>`
      select ${MONTH} as month, count(*) as n
      from claims c join sources s on s.id = c.source_id
      where c.kind = 'event' and ${LIVE} group by 1 having ${MONTH} is not null order by 1`.execute(db),
    sql<{ name: string; lat: number; lon: number; n: string }>`
      select c.value ->> 'canonical' as name, avg((c.value ->> 'lat')::float8) as lat,
        avg((c.value ->> 'lon')::float8) as lon, count(*) as n
      from claims c where c.kind = 'place' and ${LIVE} and jsonb_typeof(c.value -> 'lat') = 'number'
      group by 1 order by 4 desc limit 300`.execute(db),
  ]);
  const claims = Object.fromEntries(states.rows.map((r) => [r.state, Number(r.n)]));
  return {
    sources: Number(sources.rows[0]?.n ?? 0),
    claims,
    pending: { claims: claims.suggested ?? 0, merges: Number(merges.rows[0]?.n ?? 0) },
    byType: types.rows.map((r) => ({ type: r.type, reports: Number(r.n), reviewed: Number(r.reviewed) })),
    byMonth: months.rows.map((r) => ({ month: r.month, reports: Number(r.n) })),
    places: places.rows.map((r) => ({
      name: r.name,
      lat: Number(r.lat),
      lon: Number(r.lon),
      reports: Number(r.n),
    })),
  };
}
