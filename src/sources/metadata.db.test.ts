/** Setting a source's metadata by hand: checks, the update, and re-extraction on a new date. Text invented here. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../../test/support/test-store.ts';
import { checkMetadata, MetadataError, updateSourceMetadata } from './metadata.ts';

const BODY = 'On Monday at least 12 soldiers of an invented brigade refused to return to the front.';

describe('source metadata', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore();
    await sql`insert into sources (id, content_hash, title, body, language, published, format, encoding)
      values ('s1', 'h-s1', null, ${BODY}, 'en', null, 'txt', 'utf-8')`.execute(store.db);
  });
  afterAll(() => store.dispose());

  it('checks each field and names the one at fault', () => {
    expect(
      checkMetadata({ outlet: '  Invented   Daily ', url: 'https://example.org/a', published: '2024-04-03' }),
    ).toEqual({ outlet: 'Invented Daily', url: 'https://example.org/a', published: '2024-04-03' });
    expect(checkMetadata({ author: '', title: null })).toEqual({ author: null, title: null });
    expect(() => checkMetadata({ url: 'javascript:alert(1)' })).toThrow(/^url: /);
    expect(() => checkMetadata({ published: 'next week' })).toThrow(MetadataError);
    try {
      checkMetadata({ published: '2024-13-40' });
    } catch (e) {
      expect((e as MetadataError).field).toBe('published');
    }
  });

  it('updates the fields given, and resolves relative dates again when the publication date changes', async () => {
    const event = () =>
      store.db
        .selectFrom('claims')
        .select(sql<string | null>`value->>'date'`.as('date'))
        .where('source_id', '=', 's1')
        .where('kind', '=', 'event')
        .where('state', '=', 'suggested')
        .execute();
    const changed = await updateSourceMetadata(store.db, 's1', {
      outlet: 'Invented Daily',
      published: '2024-04-03',
    });
    expect(changed).toEqual(['outlet', 'published']);
    const row = await store.db
      .selectFrom('sources')
      .select(['outlet', 'published'])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ outlet: 'Invented Daily', published: '2024-04-03' });
    // 3 April 2024 was a Wednesday: "on Monday" is 1 April.
    expect((await event()).map((e) => e.date)).toContain('2024-04-01');
    expect(await updateSourceMetadata(store.db, 's1', { outlet: 'Invented Daily' })).toEqual([]);
    await expect(updateSourceMetadata(store.db, 'nope', { outlet: 'x' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
