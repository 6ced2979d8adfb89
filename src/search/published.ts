/**
 * The public dataset for the dashboard, computed once per change of the data.
 * Building it reads every claim (seconds at 100,000 claims), while the data
 * changes far less often than the public dashboard is opened; a cheap
 * fingerprint (row counts and last change times) tells when to rebuild.
 */
import { type Kysely, sql } from 'kysely';
import type { PublicDataset } from '../publication/dataset.ts';
import { publicDataset } from '../publication/load.ts';
import type { DB } from '../store/db-types.ts';

let cached: { key: string; dataset: Promise<PublicDataset> } | null = null;

/** What changes whenever a claim or source is added, reviewed, re-extracted or deleted. */
export async function dataFingerprint(db: Kysely<DB>): Promise<string> {
  const r = await sql<{ c: string; cu: string | null; s: string; si: string | null }>`
    select (select count(*) from claims) as c, (select max(updated_at)::text from claims) as cu,
      (select count(*) from sources) as s, (select max(ingested_at)::text from sources) as si`.execute(db);
  const row = r.rows[0];
  return `${row?.c}|${row?.cu}|${row?.s}|${row?.si}`;
}

/** The redacted public dataset (src/publication), rebuilt only when the data changed. */
export async function publishedDataset(db: Kysely<DB>, now: Date): Promise<PublicDataset> {
  const key = await dataFingerprint(db);
  if (cached?.key !== key) {
    const dataset = publicDataset(db, now);
    cached = { key, dataset };
    // A failed build is not kept: the next request tries again.
    dataset.catch(() => {
      if (cached?.dataset === dataset) cached = null;
    });
  }
  return cached.dataset;
}
