import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createSecuredApp, type Session } from '../../test/security/support.ts';
import { inventedReport } from '../../test/support/reports.ts';
import { createTestStore, type TestStore } from '../../test/support/test-store.ts';
import { ingestBytes } from '../sources/ingest-sources.ts';

describe('HTTP API', () => {
  let store: TestStore;
  let app: Awaited<ReturnType<typeof createSecuredApp>>['app'];
  let researcher: Session;
  beforeAll(async () => {
    store = await createTestStore();
    await ingestBytes(store.db, 'a.txt', new TextEncoder().encode(inventedReport(5)));
    const secured = await createSecuredApp(store.db);
    app = secured.app;
    researcher = secured.sessions.researcher;
  });
  const get = (path: string) => app.request(path, { headers: as(researcher) });
  afterAll(() => store.dispose());

  it('lists sources and reads one', async () => {
    const list = await get('/api/sources');
    expect(list.status).toBe(200);
    const { items } = (await list.json()) as { items: { id: string }[] };
    expect(items).toHaveLength(1);
    const one = await get(`/api/sources/${items[0]!.id}`);
    expect(((await one.json()) as { text: string }).text).toBe(inventedReport(5));
  });

  it('answers errors as problem documents naming the field, without internals', async () => {
    const bad = await get('/api/sources?limit=abc');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
    expect(((await bad.json()) as { detail: string }).detail).toMatch(/^limit:/);
    const missing = await get('/api/sources/src_nope');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    const nowhere = await get('/api/nowhere');
    expect(nowhere.status).toBe(404);
  });

  it('describes itself in an OpenAPI document generated from the route schemas', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/sources',
        '/api/sources/{id}',
        '/api/claims',
        '/api/claims/{id}/review',
        '/api/auth/login',
        '/api/public/dataset.json',
      ]),
    );
  });

  it('reviews claims through the API', async () => {
    const res = await app.request('/api/claims/clm_nope/review', {
      method: 'POST',
      headers: as(researcher, { 'content-type': 'application/json' }),
      body: JSON.stringify({ action: 'accept', version: 1 }),
    });
    expect(res.status).toBe(404);
    const invalid = await app.request('/api/claims/clm_nope/review', {
      method: 'POST',
      headers: as(researcher, { 'content-type': 'application/json' }),
      body: JSON.stringify({ action: 'approve' }),
    });
    expect(invalid.status).toBe(400);
  });
});
