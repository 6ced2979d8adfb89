/** Finding records by kind and by a name in either script. Names are invented here. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../../test/support/test-store.ts';
import { findRecords } from './records.ts';

describe('findRecords', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore();
    await sql`insert into kb_entities (id, kind, key, name, data) values
      ('p1', 'person', 'k1', 'Пётр Каминский', '{}'), ('p2', 'person', 'k2', 'Ivan Sidorov', '{}'),
      ('p3', 'person', 'k3', 'Oleg 50%_Off', '{}'),
      ('u1', 'unit', '64-brigade', '64th Brigade', '{}'), ('u2', 'unit', '12-regiment', '12th Regiment', '{}')`.execute(
      store.db,
    );
  });
  afterAll(() => store.dispose());

  const ids = async (q: Parameters<typeof findRecords>[1]) =>
    (await findRecords(store.db, q)).items.map((r) => r.id).sort();

  it('lists every record of a kind, with the total of all pages', async () => {
    expect(await ids({ kind: 'unit', limit: 10, offset: 0 })).toEqual(['u1', 'u2']);
    const page = await findRecords(store.db, { kind: 'person', limit: 1, offset: 1 });
    expect(page.items).toHaveLength(1);
    expect(page.total).toBe(3);
  });

  it('finds a name by a piece of it typed in the other script', async () => {
    expect(await ids({ q: 'Kamin', limit: 10, offset: 0 })).toEqual(['p1']);
    expect(await ids({ q: 'сидор', limit: 10, offset: 0 })).toEqual(['p2']);
    expect(await ids({ q: 'brigade', kind: 'person', limit: 10, offset: 0 })).toEqual([]);
  });

  it('takes % and _ as letters', async () => {
    expect(await ids({ q: '%', limit: 10, offset: 0 })).toEqual(['p3']);
    expect((await findRecords(store.db, { q: '%', limit: 10, offset: 0 })).total).toBe(1);
  });
});
