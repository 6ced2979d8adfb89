import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventedReport } from '../../test/support/reports.ts';
import { createTestStore, type TestStore } from '../../test/support/test-store.ts';
import { ingestBytes } from '../sources/ingest-sources.ts';
import { createApp } from './app.ts';

describe('HTTP API', () => {
  let store: TestStore;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    store = await createTestStore();
    await ingestBytes(store.db, 'a.txt', new TextEncoder().encode(inventedReport(5)));
    app = createApp({ db: store.db, version: 'test', maxFileBytes: 1024 * 1024 });
  });
  afterAll(() => store.dispose());

  it('lists sources and reads one', async () => {
    const list = await app.request('/api/sources');
    expect(list.status).toBe(200);
    const { items } = (await list.json()) as { items: { id: string }[] };
    expect(items).toHaveLength(1);
    const one = await app.request(`/api/sources/${items[0]!.id}`);
    expect(((await one.json()) as { text: string }).text).toBe(inventedReport(5));
  });

  it('answers errors as problem documents naming the field, without internals', async () => {
    const bad = await app.request('/api/sources?limit=abc');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
    expect(((await bad.json()) as { detail: string }).detail).toMatch(/^limit:/);
    const missing = await app.request('/api/sources/src_nope');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    const nowhere = await app.request('/api/nowhere');
    expect(nowhere.status).toBe(404);
  });

  it('describes itself in an OpenAPI document generated from the route schemas', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/sources', '/api/sources/{id}', '/api/claims', '/api/claims/{id}/review']),
    );
  });

  it('reviews claims through the API', async () => {
    const res = await app.request('/api/claims/clm_nope/review', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'accept' }),
    });
    expect(res.status).toBe(404);
    const invalid = await app.request('/api/claims/clm_nope/review', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'approve' }),
    });
    expect(invalid.status).toBe(400);
  });
});
