/** Small facts about the store itself (e.g. whether the sample corpus was loaded), as JSON values. */
import type { Kysely } from 'kysely';
import type { DB } from './db-types.ts';

export async function getMeta<T>(db: Kysely<DB>, key: string): Promise<T | undefined> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value as T | undefined;
}

export async function setMeta(db: Kysely<DB>, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto('meta')
    .values({ key, value: json })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
    .execute();
}
