/**
 * What a Telegram message adds to its source: the channel a forwarded post
 * came from (so a forward is attributed to, and linked with, its original
 * rather than counted as a new telling), the time it was last edited, and
 * the targets of its links (text_link entities hide them behind words).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table sources
      add column forwarded_from text,
      add column edited text,
      add column links jsonb not null default '[]'::jsonb
  `.execute(db);
}
