/**
 * Knowledge base: records of persons, units, places, facilities and
 * organisations, the claims that mention them, the person merges a reviewer
 * must decide, and every human merge/split decision (reversible).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table kb_entities (
      -- Derived from (kind, key): a rebuild finds the same record again.
      id text primary key,
      kind text not null check (kind in ('person', 'unit', 'place', 'facility', 'organization')),
      -- Unit key, gazetteer place id, organisation canonical, person cluster, place id + site kind.
      key text not null,
      name text not null,
      -- Kind-specific facts: coordinates, gazetteer kind, в/ч numbers, roles, aliases.
      data jsonb not null,
      updated_at timestamptz not null default now(),
      unique (kind, key)
    );

    create table kb_links (
      entity_id text not null references kb_entities (id) on delete cascade,
      claim_id text not null references claims (id) on delete cascade,
      source_id text not null references sources (id) on delete cascade,
      -- 'mention': the claim names it; 'context': a figure or event whose sentence places it there.
      relation text not null check (relation in ('mention', 'context')),
      primary key (entity_id, claim_id)
    );
    create index kb_links_claim on kb_links (claim_id);
    create index kb_links_source on kb_links (source_id);

    -- Person mentions (claim ids) the resolver could neither merge nor separate.
    create table kb_review (
      a_claim text not null references claims (id) on delete cascade,
      b_claim text not null references claims (id) on delete cascade,
      posterior real not null,
      state text not null default 'pending' check (state in ('pending', 'decided')),
      primary key (a_claim, b_claim)
    );

    -- Human decisions on person mentions: same person or different persons.
    -- Applied on every rebuild; removing one (undo) restores the resolver's view.
    create table kb_decisions (
      a_claim text not null references claims (id) on delete cascade,
      b_claim text not null references claims (id) on delete cascade,
      decision text not null check (decision in ('same', 'different')),
      actor text not null,
      at timestamptz not null default now(),
      primary key (a_claim, b_claim)
    );

    -- Every merge, split, undo and rebuild, with what it changed.
    create table kb_history (
      id serial primary key,
      at timestamptz not null default now(),
      actor text not null,
      action text not null,
      details jsonb not null
    );
  `.execute(db);
}
