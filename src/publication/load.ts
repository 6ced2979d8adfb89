/** Reads what the public dataset is built from: claims (no source text) and which sources are reprints. */
import type { Kysely } from 'kysely';
import type { DB } from '../store/db-types.ts';
import { buildPublicDataset, type PublicDataset } from './dataset.ts';

export async function publicDataset(db: Kysely<DB>, now: Date): Promise<PublicDataset> {
  const claims = await db
    .selectFrom('claims')
    .select(['id', 'source_id', 'kind', 'state', 'value'])
    .where('kind', 'in', ['event', 'figure', 'unit', 'place', 'person'])
    .orderBy('id')
    .execute();
  const sources = await db.selectFrom('sources').select(['id', 'duplicate_of']).orderBy('id').execute();
  return buildPublicDataset(
    claims.map((c) => ({
      id: c.id,
      sourceId: c.source_id,
      kind: c.kind,
      state: c.state,
      value: (typeof c.value === 'string' ? JSON.parse(c.value) : c.value) as Record<string, unknown>,
    })),
    sources.map((s) => ({ id: s.id, duplicateOf: s.duplicate_of })),
    now,
  );
}
