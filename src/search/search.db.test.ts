/**
 * Search on the store: stemming in both languages, facets from live claims
 * that follow review, date bounds, and fuzzy names across scripts. Texts and
 * names are invented here.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../../test/support/test-store.ts';
import { dateBound, planSearch, SearchError, splitHighlights } from './query.ts';
import { searchNames, searchSources } from './repository.ts';

const source = (id: string, language: string, published: string, body: string) =>
  sql`insert into sources (id, content_hash, title, body, language, published, format, encoding)
      values (${id}, ${`h-${id}`}, null, ${body}, ${language}, ${published}, 'text', 'utf-8')`;
const claim = (id: string, src: string, kind: string, value: Record<string, unknown>, state = 'suggested') =>
  sql`insert into claims (id, source_id, kind, identity, start_offset, end_offset, rule, extractor, suggested, value, state)
      values (${id}, ${src}, ${kind}, ${id}, 0, 1, 'test', 'test@1', ${JSON.stringify(value)}, ${JSON.stringify(value)}, ${state})`;

describe('search', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore();
    const db = store.db;
    await source('s1', 'en', '2024-03-05', 'Twelve soldiers refused to fight and were detained.').execute(db);
    await source('s2', 'ru', '2024-05-20', 'Солдаты отказались воевать; их задержали в подвале.').execute(db);
    await source('s3', 'en', '2023-11-02', 'A report about supplies, nothing else.').execute(db);
    await claim('c1', 's1', 'event', { type: 'refusal' }).execute(db);
    await claim('c2', 's1', 'unit', { key: '64-brigade' }).execute(db);
    await claim('c3', 's2', 'event', { type: 'detention' }).execute(db);
    await claim('c4', 's2', 'place', { canonical: 'Bryanka' }).execute(db);
    await sql`insert into kb_entities (id, kind, key, name, data) values
      ('p1', 'person', 'k1', 'Пётр Каминский', '{}'), ('p2', 'person', 'k2', 'Ivan Sidorov', '{}'),
      ('u1', 'unit', '64-brigade', '64th Brigade', '{}')`.execute(db);
  });
  afterAll(() => store.dispose());

  it('stems English and Russian words', async () => {
    const en = await searchSources(store.db, planSearch({ q: 'refusing soldier' }));
    expect(en.items.map((i) => i.id)).toEqual(['s1']);
    const ru = await searchSources(store.db, planSearch({ q: 'солдатам отказались' }));
    expect(ru.items.map((i) => i.id)).toEqual(['s2']);
    expect(ru.items[0]?.snippet.some((p) => p.mark)).toBe(true);
  });

  it('counts facets over every match and filters by them and by date', async () => {
    const all = await searchSources(store.db, planSearch({}));
    expect(all.total).toBe(3);
    expect(all.facets.type).toEqual([
      { value: 'detention', count: 1 },
      { value: 'refusal', count: 1 },
    ]);
    expect(all.facets.month.map((m) => m.value)).toEqual(['2024-05', '2024-03', '2023-11']);
    expect(
      (await searchSources(store.db, planSearch({ unit: '64-brigade' }))).items.map((i) => i.id),
    ).toEqual(['s1']);
    expect(
      (await searchSources(store.db, planSearch({ from: '2024-04', to: '2024' }))).items.map((i) => i.id),
    ).toEqual(['s2']);
  });

  it('keeps facets in step with review: a rejected claim no longer counts', async () => {
    await sql`update claims set state = 'rejected' where id = 'c1'`.execute(store.db);
    const all = await searchSources(store.db, planSearch({}));
    expect(all.facets.type.map((f) => f.value)).toEqual(['detention']);
    expect((await searchSources(store.db, planSearch({ type: 'refusal' }))).total).toBe(0);
  });

  it('finds names across scripts and spellings', async () => {
    for (const q of ['Kaminsky', 'Kaminskiy', 'каминский']) {
      const hits = await searchNames(store.db, q, { limit: 5 });
      expect(hits[0]?.id, q).toBe('p1');
    }
    expect((await searchNames(store.db, 'Sidorov', { kind: 'unit', limit: 5 })).length).toBe(0);
  });

  it('checks dates and ranges, and splits highlights', () => {
    expect(dateBound('2024-03', false)).toBe('2024-03-01');
    expect(dateBound('2024', true) > '2024-12-31T23:00').toBe(true);
    expect(() => planSearch({ from: '2024-13-99x' })).toThrow(SearchError);
    expect(() => planSearch({ from: '2025', to: '2024' })).toThrow(SearchError);
    expect(splitHighlights('a \u0001b\u0002 c')).toEqual([
      { text: 'a ', mark: false },
      { text: 'b', mark: true },
      { text: ' c', mark: false },
    ]);
  });
});
