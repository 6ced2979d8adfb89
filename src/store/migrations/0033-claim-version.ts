/**
 * A version number on each claim, raised by every change (a review, a new
 * suggestion from re-extraction, a claim made obsolete). A review decision
 * carries the version the reviewer saw and is refused when the claim has
 * changed since (src/claims/review.ts): two reviewers deciding one claim at
 * once cannot both win, the later one is told to look again.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table claims add column version integer not null default 1 check (version > 0)`.execute(db);
}
