/**
 * Derived work: incremental records over a sequence of ingests equal a full
 * rebuild of the same corpus (the invented sample corpus and the knowledge
 * base's fixtures: persons named in several reports, units, places, sites),
 * case suggestions are refreshed only where the new reports can matter, and
 * the upload API answers before the records are derived, which the runner
 * then does, resuming what a stop left pending.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createSecuredApp, type TestApp } from '../../test/security/support.ts';
import { createTestStore, type TestStore } from '../../test/support/test-store.ts';
import { refreshCaseSuggestions } from '../cases/links/suggest.ts';
import { addWhereabouts, createCase } from '../cases/repository.ts';
import { listInputs } from '../ingest/index.ts';
import { loadKbDeps } from '../kb/lexicon.ts';
import { rebuildKnowledge } from '../kb/repository.ts';
import { loadResolver } from '../kb/resolver.ts';
import { ingestBytes } from '../sources/ingest-sources.ts';
import type { Store } from '../store/db.ts';
import { derivePending } from './derive.ts';
import { countPending } from './pending.ts';
import { createDeriveRunner } from './runner.ts';

const root = join(import.meta.dirname, '../..');

/** Everything the records are: rows of the derived tables, in a fixed order. */
async function snapshot(db: Store['db']) {
  const entities = await db
    .selectFrom('kb_entities')
    .select(['id', 'kind', 'key', 'name', 'data'])
    .orderBy('id')
    .execute();
  const links = await db
    .selectFrom('kb_links')
    .select(['entity_id', 'claim_id', 'source_id', 'relation'])
    .orderBy('entity_id')
    .orderBy('claim_id')
    .execute();
  const review = await db
    .selectFrom('kb_review')
    .select(['a_claim', 'b_claim', 'posterior', 'state'])
    .orderBy('a_claim')
    .orderBy('b_claim')
    .execute();
  const mentions = await db.selectFrom('kb_mentions').selectAll().orderBy('claim_id').execute();
  return { entities, links, review, mentions };
}

describe('derived work', () => {
  let store: TestStore;
  let t: TestApp;
  beforeAll(async () => {
    store = await createTestStore();
    t = await createSecuredApp(store.db);
    // A man of the sample's 64th brigade, last seen in Bryanka: new reports can concern him.
    const c = await createCase(store.db, t.security, 'caseworker-1', {
      personName: 'Каминский Артём',
      unit: '64 ОМСБр',
    });
    await store.db
      .transaction()
      .execute((trx) => addWhereabouts(trx, t.security, 'caseworker-1', c.id, { place: 'подвал в Брянке' }));
  });
  afterAll(() => store.dispose());

  it('builds, report by report, the records a full rebuild gives', async () => {
    const files = [
      ...(await listInputs([join(root, 'data/sample')])).files.filter((f) => !f.endsWith('README.md')),
      ...(await listInputs([join(root, 'src/kb/fixtures')])).files,
    ];
    let refreshed = 0;
    for (const file of files) {
      await ingestBytes(store.db, file, readFileSync(file));
      expect((await countPending(store.db)).pending).toBeGreaterThan(0);
      refreshed += await derivePending(store.db, t.security, { actor: 'test' });
      expect((await countPending(store.db)).pending).toBe(0);
    }
    expect(refreshed).toBeGreaterThan(files.length);
    const incremental = await snapshot(store.db);
    // Not an empty comparison: a person named in several reports, a unit written several ways.
    expect(incremental.links.length).toBeGreaterThan(20);
    expect(
      incremental.entities.some((e) => ((e.data as { aliases?: string[] }).aliases?.length ?? 0) > 1),
    ).toBe(true);
    expect(incremental.mentions.length).toBeGreaterThan(3);
    const people = new Map<string, number>();
    const kinds = new Map(incremental.entities.map((e) => [e.id, e.kind]));
    for (const l of incremental.links)
      if (kinds.get(l.entity_id) === 'person' && l.relation === 'mention')
        people.set(l.entity_id, (people.get(l.entity_id) ?? 0) + 1);
    expect(Math.max(...people.values())).toBeGreaterThan(1);

    const links = await store.db.selectFrom('case_links').select(['case_id', 'source_id', 'state']).execute();
    await rebuildKnowledge(store.db, loadKbDeps(), loadResolver(), 'test');
    expect(await snapshot(store.db)).toEqual(incremental);
    // The refresh after each report found what a refresh of every case finds.
    expect(links.length).toBeGreaterThan(0);
    expect((await refreshCaseSuggestions(store.db, t.security)).suggestions).toBe(0);
  });

  it('answers an upload once the sources are stored, and derives them after it', async () => {
    const form = new FormData();
    const text =
      'Soldiers of the 64th Separate Motor Rifle Brigade refused to return to the front, a lawyer in Bryanka said on 3 March 2025.';
    form.append('files', new Blob([text]), 'upload.txt');
    const response = await t.app.request('/api/ingest', {
      method: 'POST',
      headers: as(t.sessions.researcher),
      body: form,
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      added: number;
      derivation?: { pending: number; progress: string };
    };
    expect(body.added).toBe(1);
    expect(body.derivation).toEqual({ pending: 1, progress: '/api/ingest/progress' });
    const source = await store.db
      .selectFrom('sources')
      .select('id')
      .where('origin', '=', 'upload.txt')
      .executeTakeFirstOrThrow();
    // The answer came before any record of the new report.
    expect(body.derivation?.pending).toBe(1);
    const runner = createDeriveRunner({ db: store.db, security: t.security });
    await runner.idle();
    const linked = await store.db
      .selectFrom('kb_links')
      .select('entity_id')
      .where('source_id', '=', source.id)
      .execute();
    expect(linked.length).toBeGreaterThan(0);
    const progress = await t.app.request('/api/ingest/progress', { headers: as(t.sessions.researcher) });
    expect(await progress.json()).toMatchObject({ pending: 0, error: null });
  });

  it('derives on start what a stop left pending', async () => {
    // Stored by a process that stopped before deriving: nothing but the source and its claims.
    await ingestBytes(
      store.db,
      'left.txt',
      new TextEncoder().encode(
        'A conscript from Kursk refused to serve, a helpline adviser said on 5 May 2025.',
      ),
    );
    expect((await countPending(store.db)).pending).toBe(1);
    const runner = createDeriveRunner({ db: store.db, security: t.security });
    runner.start();
    await runner.idle();
    expect(await runner.progress()).toMatchObject({ pending: 0, running: false, done: 1, error: null });
  });
});
