/**
 * Derived state, kept so that a new report updates the knowledge base without
 * reading the whole corpus again (docs/derive.md).
 *
 * kb_derived marks each source whose records, links and person mentions are
 * in the knowledge base: a source without a row is pending, and whoever holds
 * the store (the server on start and after each upload, `objector ingest`
 * before it exits) derives it. A run stopped mid-way leaves its sources
 * pending; nothing is lost. Stores that existed before start with every
 * source pending, and their first run rebuilds in full.
 *
 * kb_mentions keeps what each live person claim's sentence says about the man
 * (age, unit, home region) and the figure and event claims of that sentence,
 * so that person resolution over every mention runs without the texts.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table kb_derived (
      source_id text primary key references sources (id) on delete cascade,
      derived_at timestamptz not null default now()
    );

    create table kb_mentions (
      claim_id text primary key references claims (id) on delete cascade,
      source_id text not null references sources (id) on delete cascade,
      age integer,
      unit text,
      region text,
      -- Claim ids of the figures and events whose sentence names him.
      contexts jsonb not null default '[]'
    );
    create index kb_mentions_source on kb_mentions (source_id);
  `.execute(db);
}
