/** Claims added by hand: span checks, schema checks, history, and surviving a new extraction. Text invented here. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../../test/support/test-store.ts';
import { addClaim } from './add.ts';
import { saveClaims } from './repository.ts';
import { ReviewError } from './review.ts';

// An emoji first: two UTF-16 units but one code point, so offsets counted the SQL way would be off by one.
const BODY = '🙂 On Monday at least 30 soldiers refused to go back, an invented channel wrote.';
const at = (words: string) => ({ start: BODY.indexOf(words), end: BODY.indexOf(words) + words.length });

describe('addClaim', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore();
    await sql`insert into sources (id, content_hash, title, body, language, published, format, encoding)
      values ('s1', 'h-s1', null, ${BODY}, 'en', '2024-03-05', 'text', 'utf-8')`.execute(store.db);
  });
  afterAll(() => store.dispose());

  it('stores an accepted manual claim quoting the marked words, with its history', async () => {
    const span = at('at least 30 soldiers refused');
    const added = await addClaim(store.db, {
      sourceId: 's1',
      kind: 'figure',
      ...span,
      fields: { value: 30, qualifier: 'at_least', counts: 'refusing', percent: false, quote: 'typed' },
      actor: 'usr_test',
    });
    expect(added.state).toBe('accepted');
    expect(added.value).toMatchObject({ quote: 'at least 30 soldiers refused', rule: 'manual', ...span });
    const history = await store.db
      .selectFrom('claim_history')
      .select(['action', 'actor'])
      .where('claim_id', '=', added.id)
      .execute();
    expect(history).toEqual([{ action: 'add', actor: 'usr_test' }]);
    // A new extraction that does not find it leaves it as it is.
    await saveClaims(store.db, 's1', 'test@1', []);
    const row = await store.db
      .selectFrom('claims')
      .select('state')
      .where('id', '=', added.id)
      .executeTakeFirstOrThrow();
    expect(row.state).toBe('accepted');
  });

  it('names the field of a value the schema refuses, and refuses a span outside the text', async () => {
    const bad = addClaim(store.db, {
      sourceId: 's1',
      kind: 'figure',
      ...at('30'),
      fields: { value: 30, qualifier: 'roughly', counts: 'refusing', percent: false },
      actor: 'usr_test',
    });
    await expect(bad).rejects.toThrow(ReviewError);
    await expect(bad).rejects.toThrow(/^qualifier: /);
    await expect(
      addClaim(store.db, {
        sourceId: 's1',
        kind: 'person',
        start: 5,
        end: BODY.length + 1,
        fields: { mention: 'x', role: 'soldier' },
        actor: 'usr_test',
      }),
    ).rejects.toThrow(/inside the source text/);
    await expect(
      addClaim(store.db, { sourceId: 'nope', kind: 'person', start: 0, end: 1, fields: {}, actor: 'u' }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
