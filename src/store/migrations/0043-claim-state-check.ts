/**
 * The claims' state check made from the one vocabulary (src/claims/kinds.ts
 * CLAIM_STATES) instead of a list written again in SQL; replaces the check
 * of 0002 (same states today). A state added to the vocabulary comes with a
 * migration that runs this again.
 */
import { type Kysely, sql } from 'kysely';
import { CLAIM_STATES } from '../../claims/kinds.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table claims drop constraint if exists claims_state_check`.execute(db);
  await sql`alter table claims add constraint claims_state_check check (state in (${sql.join(
    CLAIM_STATES.map((s) => sql.lit(s)),
  )}))`.execute(db);
}
