import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventedReport } from '../support/reports.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';
import { as, createSecuredApp, type TestApp } from './support.ts';

describe('changes made through the API are audited with them', () => {
  let store: TestStore;
  let t: TestApp;
  beforeAll(async () => {
    store = await createTestStore();
    t = await createSecuredApp(store.db);
  });
  afterAll(() => store.dispose());

  const entries = (targetKind: string) =>
    store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('target_kind', '=', targetKind)
      .orderBy('seq')
      .execute();

  it('records each uploaded source and each review decision, in the same transaction', async () => {
    const form = new FormData();
    form.append('files', new Blob([inventedReport(31)]), 'one.txt');
    form.append('files', new Blob([inventedReport(32)]), 'two.txt');
    const upload = await t.app.request('/api/ingest', {
      method: 'POST',
      headers: as(t.sessions.researcher),
      body: form,
    });
    expect(upload.status).toBe(200);
    const sources = await store.db.selectFrom('sources').select('id').orderBy('id').execute();
    expect((await entries('sources')).map((e) => e.target_id).sort()).toEqual(sources.map((s) => s.id));

    const claim = await store.db.selectFrom('claims').select('id').orderBy('id').executeTakeFirstOrThrow();
    const review = (action: string, version: number) =>
      t.app.request(`/api/claims/${claim.id}/review`, {
        method: 'POST',
        headers: as(t.sessions.researcher, { 'content-type': 'application/json' }),
        body: JSON.stringify({
          action,
          version,
          changes: action === 'edit' ? { rule: 'x', start: -1 } : undefined,
        }),
      });
    expect((await review('accept', 1)).status).toBe(200);
    // A refused correction changes nothing and leaves no entry behind.
    expect((await review('edit', 2)).status).toBe(400);
    const reviews = await entries('claims');
    expect(reviews.map((e) => [e.action, e.target_id])).toEqual([['review', claim.id]]);
  });
});
