/**
 * Reads what a knowledge-base update touched (see concern.ts) from the store:
 * the records the new reports link to, and the person mentions of the new
 * reports and of the person records that changed. A few queries over the new
 * reports' links, never the whole corpus, besides the mentions list.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../store/db-types.ts';
import type { Touched } from './concern.ts';
import type { KbPersonMention } from './persons.ts';

const CHUNK = 1000;

/** What the update of `sourceIds` (with `persons` changed) touched; `mentions` is every person mention. */
export async function loadTouched(
  db: Kysely<DB>,
  update: { sourceIds: readonly string[]; persons: readonly string[] },
  mentions: readonly KbPersonMention[],
): Promise<Touched> {
  const unitKeys = new Set<string>();
  const placeIds = new Set<string>();
  const entityIds = new Set<string>();
  for (let i = 0; i < update.sourceIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('kb_links as l')
      .innerJoin('kb_entities as e', 'e.id', 'l.entity_id')
      .select(['e.id', 'e.kind', 'e.key', 'e.data'])
      .distinct()
      .where('l.source_id', 'in', update.sourceIds.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) {
      entityIds.add(r.id);
      if (r.kind === 'unit') unitKeys.add(r.key);
      if (r.kind === 'place') placeIds.add(r.key);
      const data = r.data as { placeId?: unknown };
      if (r.kind === 'facility' && typeof data.placeId === 'string') placeIds.add(data.placeId);
    }
  }
  const persons = new Set(update.persons);
  const fresh = new Set(update.sourceIds);
  const touchedMentions = mentions.filter((m) => fresh.has(m.sourceId) || persons.has(m.entityId));
  const sourceIds = new Set([...fresh, ...touchedMentions.map((m) => m.sourceId)]);
  return { unitKeys, placeIds, entityIds, mentions: touchedMentions, sourceIds };
}
