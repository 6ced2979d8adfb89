/**
 * `objector report` without `--names` (issue #15, points 4 and 9): the people
 * it pseudonymises must not come back through the Sources section (titles,
 * outlets, addresses), and stored metadata is printed as text, not as
 * Markdown, HTML or terminal controls. Invented report, names and outlets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKbDeps } from '../../src/kb/lexicon.ts';
import { loadResolver } from '../../src/kb/resolver.ts';
import { reportFromStore } from '../../src/report/from-store.ts';
import { ingestBytes } from '../../src/sources/ingest-sources.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';

const REPORT = [
  'Private Zakhar Bulkotrusov, 24, deserted from the 777th motor rifle brigade in March 2024,',
  'his mother Agrafena Bulkotrusova told reporters in Kursk.',
  'Colonel Prokhor Generalenko, the brigade commander, declined to comment.',
].join(' ');

describe('the report keeps pseudonymised people out of its sources', () => {
  let store: TestStore;
  let leaky: string;
  let hostile: string;
  beforeAll(async () => {
    store = await createTestStore();
    const first = await ingestBytes(store.db, 'a.txt', new TextEncoder().encode(REPORT));
    const second = await ingestBytes(
      store.db,
      'b.txt',
      new TextEncoder().encode(`${REPORT} A second report.`),
    );
    expect(first.added + second.added).toBe(2);
    const ids = (await store.db.selectFrom('sources').select('id').orderBy('id').execute()).map((r) => r.id);
    [leaky, hostile] = ids as [string, string];
    // Metadata as an older store (or another ingest format) may hold it.
    await store.db
      .updateTable('sources')
      .set({
        title: 'Private Zakhar Bulkotrusov deserted from the 777th',
        outlet: "Bulkotrusova's channel",
        url: 'https://news.example.org/2024/03/bulkotrusov-deserted?who=Agrafena%20Bulkotrusova',
      })
      .where('id', '=', leaky)
      .execute();
    await store.db
      .updateTable('sources')
      .set({
        title: '<script>alert(1)</script><img src=x onerror=alert(1)>\u001b]0;owned\u0007',
        outlet: '\u001b]52;c;SGVsbG8=\u0007[click](javascript:alert(1))',
        url: 'javascript:alert(document.cookie)',
      })
      .where('id', '=', hostile)
      .execute();
  });
  afterAll(() => store.dispose());

  const report = (names: boolean) => reportFromStore(store.db, loadKbDeps(), loadResolver(), { names });

  it('pseudonymises the soldier and his mother everywhere, Sources included', async () => {
    const md = await report(false);
    expect(md).toContain('Soldier A');
    expect(md).toContain('Relative A');
    expect(md).not.toMatch(/Bulkotrusov|Zakhar|Agrafena/i);
    // The commander is named (a public role), and the withheld fields are said to be withheld.
    expect(md).toContain('Prokhor Generalenko');
    expect(md).toMatch(/withheld: names a private person/);
  });

  it('shows the names with --names', async () => {
    const md = await report(true);
    expect(md).toContain('Zakhar Bulkotrusov');
    expect(md).toContain('Private Zakhar Bulkotrusov deserted from the 777th');
  });

  it('prints hostile metadata as text, with or without names', async () => {
    for (const md of [await report(false), await report(true)]) {
      expect(md).not.toMatch(/<script|<img|javascript:alert\(document\.cookie\)>|(?<!\\)\]\(javascript/);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach the report.
      expect(md).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(md).toContain('&lt;script&gt;');
      expect(md).toContain('javascript:alert(document.cookie)');
    }
  });
});
