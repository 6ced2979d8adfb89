/**
 * Search: full text over sources with PostgreSQL's own stemming (English and
 * Russian), trigram indexes for fuzzy names across scripts, and an index the
 * review queue reads in order.
 *
 * - `search.source_text` keeps each source's tsvector (`objector_fts` chooses the
 *   stemmer by the source's language), kept by a trigger, so ranking reads a
 *   stored vector instead of re-parsing every matching text. Only the first
 *   200,000 characters are indexed: a tsvector has a 1 MB limit, and a
 *   failing expression would make ingest of a large file fail.
 * - `search.source_facets` keeps, per source, the distinct event types, unit keys
 *   and places of its live claims, refreshed by statement-level triggers on
 *   claims (any insert, review or deletion), so facet counts over thousands
 *   of matches read a few rows per source instead of every claim's JSON.
 * - `objector_latin` folds Cyrillic to a Latin transliteration and lower
 *   case, so Каминский, Kaminsky and Kaminskiy meet in one trigram index. It
 *   lives here, not in a data file, because an index expression must be an
 *   immutable SQL function; it is a plain alphabet table (BGN/PCGN-like), not
 *   a name list. Names of records are already stored in the clear
 *   (kb_entities.name); the index adds no new plaintext (THREAT-MODEL.md,
 *   "Search indexes").
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`
    create function objector_fts(language text, title text, body text) returns tsvector
      language sql immutable parallel safe
      return case when language = 'ru'
        then to_tsvector('russian'::regconfig, left(coalesce(title, '') || ' ' || body, 200000))
        else to_tsvector('english'::regconfig, left(coalesce(title, '') || ' ' || body, 200000))
      end;

    create function objector_latin(name text) returns text
      language sql immutable parallel safe
      return translate(
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
          lower(name),
          'щ', 'shch'), 'ж', 'zh'), 'х', 'kh'), 'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'),
          'ю', 'yu'), 'я', 'ya'), 'ий', 'iy'), 'ый', 'y'), 'ё', 'e'),
        'абвгдезийклмнопрстуфыэъь', 'abvgdeziyklmnoprstufye');

    -- Derived data, rebuilt by the triggers from sources and claims: its own schema keeps it out of
    -- the application's row types (db-types.ts) and out of backups, which restore the sources it comes from.
    create schema search;
    create table search.source_text (
      source_id text primary key references sources (id) on delete cascade,
      fts tsvector not null
    );
    create index source_text_fts on search.source_text using gin (fts);
    create function objector_index_source() returns trigger language plpgsql as $$
    begin
      insert into search.source_text (source_id, fts) values (new.id, objector_fts(new.language, new.title, new.body))
      on conflict (source_id) do update set fts = excluded.fts;
      return null;
    end $$;
    create trigger sources_search_index after insert or update of language, title, body on sources
      for each row execute function objector_index_source();
    insert into search.source_text (source_id, fts) select id, objector_fts(language, title, body) from sources;

    create table search.source_facets (
      source_id text not null references sources (id) on delete cascade,
      -- 'type' (event type), 'unit' (unit key) or 'place' (canonical name).
      facet text not null,
      value text not null,
      primary key (source_id, facet, value)
    );
    create index source_facets_value on search.source_facets (facet, value);
    create function objector_facets_of(ids text[]) returns void language sql as $$
      delete from search.source_facets where source_id = any (ids);
      insert into search.source_facets (source_id, facet, value)
      select distinct c.source_id, f.facet, f.value from claims c,
        lateral (select case c.kind when 'event' then 'type' when 'unit' then 'unit' else 'place' end as facet,
          case c.kind when 'event' then c.value ->> 'type' when 'unit' then c.value ->> 'key'
            else c.value ->> 'canonical' end as value) f
      where c.source_id = any (ids) and c.kind in ('event', 'unit', 'place')
        and c.state in ('suggested', 'accepted', 'edited') and f.value is not null;
    $$;
    -- One function for the three triggers: each names its transition table "changed".
    create function objector_refresh_facets() returns trigger language plpgsql as $$
    begin
      perform objector_facets_of(array(select distinct source_id from changed));
      return null;
    end $$;
    create trigger claims_facets_insert after insert on claims referencing new table as changed
      for each statement execute function objector_refresh_facets();
    create trigger claims_facets_update after update on claims referencing new table as changed
      for each statement execute function objector_refresh_facets();
    create trigger claims_facets_delete after delete on claims referencing old table as changed
      for each statement execute function objector_refresh_facets();
    select objector_facets_of(array(select id from sources));
    create index kb_entities_latin_trgm on kb_entities using gin (objector_latin(name) gin_trgm_ops);
    create index claims_state_order on claims (state, source_id, start_offset, id);
    create index kb_review_state on kb_review (state, posterior);
  `.execute(db);
}
