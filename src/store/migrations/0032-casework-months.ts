/**
 * Frozen months of the anonymous casework statistics (src/cases/stats): once
 * a complete month has been published, its counts are kept here and every
 * later publication shows these, so a case opened, a call backdated, a
 * region changed or a case deleted afterwards cannot move a published
 * number (comparing two publications would otherwise single out the case
 * that changed). Counts only: no case id, no personal data.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table casework_months (
      -- YYYY-MM (UTC): the month these counts describe; the first writer wins (insert ... on conflict do nothing).
      month text primary key check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      -- Raw (unsuppressed) counts by cell key ("opened:2026-03", "outcome:detained", ...): the month's own
      -- cells, and the state at the month's end (totals, outcomes, regions). Suppression runs at read time.
      cells jsonb not null,
      frozen_at timestamptz not null
    );
  `.execute(db);
}
