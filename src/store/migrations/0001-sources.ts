/** Sources: every ingested document, its metadata, and what it duplicates. */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table meta (
      key text primary key,
      value jsonb not null
    );

    create table sources (
      -- Derived from the content hash, so re-ingesting (or resuming a killed run) finds the same id.
      id text primary key,
      content_hash text not null unique,
      title text,
      body text not null,
      language text not null check (language in ('en', 'ru', 'other')),
      outlet text,
      url text,
      author text,
      -- As the source gives it: an ISO 8601 date or date-time.
      published text,
      format text not null,
      encoding text not null,
      -- File name and item within it (Telegram message id, CSV row), for the person who ingested it.
      origin text,
      duplicate_of text references sources (id),
      similarity real,
      minhash bytea,
      ingested_at timestamptz not null default now()
    );
    create index sources_duplicate_of on sources (duplicate_of);
    create index sources_published on sources (published);

    -- Locality-sensitive hashing bands of each source's MinHash signature:
    -- sources sharing a band are candidates for near-duplicate comparison.
    create table source_bands (
      band text not null,
      source_id text not null references sources (id) on delete cascade,
      primary key (band, source_id)
    );
  `.execute(db);
}
