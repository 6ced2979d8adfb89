/**
 * Claims: what extraction suggested about a source, with where it sits in the
 * text and which rule made it, and what people decided about it. Every change
 * is kept in claim_history, so review is reversible.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table claims (
      -- Derived from (source, kind, identity): re-extraction finds the same claim again.
      id text primary key,
      source_id text not null references sources (id) on delete cascade,
      kind text not null check (kind in ('figure', 'unit', 'place', 'person', 'organization', 'event')),
      -- What makes two extractions the same claim (e.g. an event's type and sentence).
      identity text not null,
      start_offset integer not null,
      end_offset integer not null,
      rule text not null,
      -- name@version of the extractor that last suggested it.
      extractor text not null,
      -- The machine's value, and the value in force (the suggestion, or a person's correction).
      suggested jsonb not null,
      value jsonb not null,
      state text not null default 'suggested'
        check (state in ('suggested', 'accepted', 'edited', 'rejected', 'obsolete')),
      reviewed_by text,
      reviewed_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (source_id, kind, identity)
    );
    create index claims_kind_state on claims (kind, state);

    create table claim_history (
      id serial primary key,
      claim_id text not null references claims (id) on delete cascade,
      at timestamptz not null default now(),
      actor text not null,
      action text not null,
      before jsonb,
      after jsonb
    );
    create index claim_history_claim on claim_history (claim_id);
  `.execute(db);
}
