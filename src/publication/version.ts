/**
 * What the public numbers depend on, in one string that changes whenever they
 * may: claims added or changed (every change raises a claim's `version`),
 * sources added, and person decisions or knowledge-base rebuilds (each writes
 * a kb_history row). Read from the store, so a change made by another process
 * (a CLI ingest against a PostgreSQL server) is seen too.
 */
import { type Kysely, sql } from 'kysely';
import type { DB } from '../store/db-types.ts';

export async function storeDataVersion(db: Kysely<DB>): Promise<string> {
  const r = await sql<{ c: string; v: string | null; s: string; h: string | null }>`
    select c.c, c.v, (select count(*) from sources) as s, (select max(id) from kb_history) as h
    from (select count(*) as c, sum(version) as v from claims) c`.execute(db);
  const row = r.rows[0];
  return `${row?.c}|${row?.v}|${row?.s}|${row?.h}`;
}
