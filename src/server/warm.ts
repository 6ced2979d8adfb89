/**
 * Work a server does once at start, before it takes requests, so the first
 * visitor does not pay for it: the public dataset behind the dashboard reads
 * every claim (seconds at 100,000 claims) and is cached until the data changes.
 */
import type { Kysely } from 'kysely';
import { publishedDataset } from '../search/published.ts';
import type { DB } from '../store/db-types.ts';

export async function warmCaches(db: Kysely<DB>, now: () => Date = () => new Date()): Promise<void> {
  await publishedDataset(db, now());
}
