/** The knowledge routes mounted on a fresh app over a store holding invented reports. */
import { readFileSync } from 'node:fs';
import { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../../../test/support/test-store.ts';
import { loadKbDeps } from '../../kb/lexicon.ts';
import { rebuildKnowledge } from '../../kb/repository.ts';
import { loadResolver } from '../../kb/resolver.ts';
import { ingestBytes } from '../../sources/ingest-sources.ts';
import { knowledgeRoutes } from './knowledge.ts';

describe('knowledge routes', () => {
  let store: TestStore;
  const app = new OpenAPIHono();

  beforeAll(async () => {
    store = await createTestStore();
    for (const f of ['ledger.md', 'reprint.md', 'post.md']) {
      await ingestBytes(
        store.db,
        f,
        new Uint8Array(readFileSync(new URL(`../../kb/fixtures/${f}`, import.meta.url))),
      );
    }
    await rebuildKnowledge(store.db, loadKbDeps(), loadResolver(), 'test');
    knowledgeRoutes(app, { db: store.db });
    app.doc31('/api/openapi.json', { openapi: '3.1.0', info: { title: 't', version: '0' } });
  });
  afterAll(() => store.dispose());

  it('GET /api/counts gives groups with bounds, sources and why', async () => {
    const res = await app.request('/api/counts?type=detention');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      groups: { key: Record<string, unknown>; lowerBound: number; why: string[] }[];
    };
    const top = body.groups.find((g) => g.key.unit === '*' && g.key.place === '*' && g.key.month === '*');
    expect(top?.lowerBound).toBe(36);
    expect(top?.why.length).toBeGreaterThan(0);
    expect(body.groups.every((g) => g.key.type === 'detention')).toBe(true);
  });

  it('GET /api/records and /api/records/{id}', async () => {
    const list = (await (await app.request('/api/records?kind=unit')).json()) as {
      items: { id: string; key: string }[];
    };
    expect(list.items.map((i) => i.key)).toEqual(['64-brigade']);
    const one = await app.request(`/api/records/${list.items[0]!.id}`);
    expect(one.status).toBe(200);
    expect(((await one.json()) as { links: unknown[] }).links.length).toBeGreaterThan(2);
    expect((await app.request('/api/records/ent_missing')).status).toBe(404);
    expect((await app.request('/api/records?kind=planet')).status).toBe(400);
  });

  it('GET /api/events carries precision codes and no quotes', async () => {
    const body = (await (await app.request('/api/events')).json()) as { items: Record<string, unknown>[] };
    expect(body.items.length).toBeGreaterThan(0);
    for (const e of body.items) {
      expect([1, 2, 3]).toContain(e.timePrecision);
      expect(e).not.toHaveProperty('quote');
    }
    const bryanka = body.items.find((e) => (e.place as { name?: string } | null)?.name === 'Bryanka');
    expect(bryanka?.geoPrecision).toBe(1);
  });

  it('describes its routes in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/counts', '/api/records', '/api/records/{id}', '/api/events']),
    );
  });
});
