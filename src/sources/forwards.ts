/**
 * A forwarded post (Telegram's forwarded_from) is a copy, not a new telling:
 * when its original is in the store it is linked to it, as a reprint is. A
 * forward whose text is the original's is already the same source (same
 * hash), and a close one is found as a near-duplicate; this finds the
 * original the texts alone miss: a post of the channel named as the origin
 * with the same headline.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../store/db-types.ts';

/** The original of a forward in the store (similarity 1: the post itself), or null. */
export async function forwardOriginal(
  db: Kysely<DB> | Transaction<DB>,
  forward: { forwardedFrom?: string | null; title: string | null },
): Promise<{ id: string; similarity: number } | null> {
  if (!forward.forwardedFrom || !forward.title) return null;
  const row = await db
    .selectFrom('sources')
    .select(['id', 'duplicate_of'])
    .where('outlet', '=', forward.forwardedFrom)
    .where('title', '=', forward.title)
    .orderBy('ingested_at')
    .orderBy('id')
    .executeTakeFirst();
  return row ? { id: row.duplicate_of ?? row.id, similarity: 1 } : null;
}
