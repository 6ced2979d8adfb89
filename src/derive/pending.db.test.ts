/**
 * Counting pending sources: every stored source without a kb_derived row,
 * whatever stored it; a source deleted with its mark leaves the counts right.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../../test/support/test-store.ts';
import { storeSource } from '../sources/ingest-sources.ts';
import { countPending, pendingSourceIds } from './pending.ts';

const report = (n: number) => ({
  itemKey: '',
  title: null,
  text: `Invented report ${n}: a reservist of an invented unit refused to go back to the front, ${n} days after his leave.`,
  language: 'en' as const,
  outlet: null,
  url: null,
  author: null,
  published: null,
  format: 'txt' as const,
  encoding: 'utf-8',
});

describe('pending sources', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore();
  });
  afterAll(() => store?.dispose());

  it('counts the sources without a derived mark, and lists them oldest first', async () => {
    expect(await countPending(store.db)).toEqual({ pending: 0, sources: 0 });
    const ids: string[] = [];
    for (const n of [1, 2, 3]) ids.push((await storeSource(store.db, report(n), `report-${n}.txt`)).id);
    expect(await countPending(store.db)).toEqual({ pending: 3, sources: 3 });

    await store.db.insertInto('kb_derived').values({ source_id: ids[1]! }).execute();
    expect(await countPending(store.db)).toEqual({ pending: 2, sources: 3 });
    expect(await pendingSourceIds(store.db, 10)).toEqual([ids[0], ids[2]]);

    // A derived source deleted takes its mark with it.
    await sql`delete from sources where id = ${ids[1]!}`.execute(store.db);
    expect(await countPending(store.db)).toEqual({ pending: 2, sources: 2 });
  });
});
