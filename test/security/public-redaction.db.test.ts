/**
 * Public output goes only through the redaction policy: after ingesting the
 * dev corpus, the anonymous API (counts, number pages, JSON, CSV and GeoJSON) names none of
 * the private individuals the corpus names (soldiers, relatives, as the gold
 * files list them), and does carry the counts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewClaim } from '../../src/claims/review.ts';
import { refreshKnowledge } from '../../src/kb/repository.ts';
import { ingestBytes } from '../../src/sources/ingest-sources.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';
import { as, createSecuredApp, type TestApp } from './support.ts';

const DEV = fileURLToPath(new URL('../../../shared/corpus/dev/', import.meta.url));

interface Gold {
  people: { mention: string; role: string }[];
}

/** Each private person's full name and every name word of three letters or more. */
function privateNames(): string[] {
  const names = new Set<string>();
  for (const file of readdirSync(DEV).filter((f) => f.endsWith('.gold.json'))) {
    const gold = JSON.parse(readFileSync(`${DEV}${file}`, 'utf8')) as Gold;
    for (const p of gold.people.filter((x) => x.role === 'soldier' || x.role === 'relative')) {
      names.add(p.mention);
      for (const word of p.mention.split(/[\s"“”«».,()-]+/)) if (word.length >= 3) names.add(word);
    }
  }
  return [...names];
}

const mentions = (text: string, name: string) =>
  new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(text);

describe('public output and the redaction policy', () => {
  let store: TestStore;
  let t: TestApp;
  beforeAll(async () => {
    store = await createTestStore();
    for (const file of readdirSync(DEV).filter((f) => f.endsWith('.txt'))) {
      await ingestBytes(store.db, file, readFileSync(`${DEV}${file}`));
    }
    t = await createSecuredApp(store.db);
  }, 120_000);
  afterAll(() => store.dispose());

  it('knows private names (the corpus names them, and a signed-in researcher can read them)', async () => {
    const names = privateNames();
    expect(names.length).toBeGreaterThan(3);
    const res = await t.app.request('/api/sources?limit=100', { headers: as(t.sessions.researcher) });
    const sources = (await res.json()) as { items: { id: string }[] };
    let text = '';
    for (const s of sources.items)
      text += await (
        await t.app.request(`/api/sources/${s.id}`, { headers: as(t.sessions.researcher) })
      ).text();
    expect(names.filter((n) => mentions(text, n)).length).toBeGreaterThan(3);
  });

  it('publishes counts, their pages and the exports, but no private person’s name', async () => {
    // A reviewer accepts every figure, event, place and unit; people are not marked public figures.
    await refreshKnowledge(store.db, 'system');
    const rows = await store.db
      .selectFrom('claims')
      .select('id')
      .where('kind', 'in', ['figure', 'event', 'place', 'unit'])
      .execute();
    for (const r of rows)
      await reviewClaim(store.db, { id: r.id, action: 'accept', actor: 'test', version: 'current' });
    const names = privateNames();
    const outputs: Record<string, string> = {};
    const paths = [
      '/api/public/summary',
      '/api/public/counts',
      '/api/public/dataset.json',
      '/api/public/dataset.csv',
      '/api/public/places.geojson',
    ];
    for (const path of paths) {
      const res = await t.app.request(path);
      expect(res.status, path).toBe(200);
      outputs[path] = await res.text();
    }
    const dataset = JSON.parse(outputs['/api/public/dataset.json']!) as {
      sources: number;
      numbers: { id: string; value: number }[];
      units: Record<string, string>;
      places: Record<string, unknown>;
    };
    // Every number's page: titles, addresses and quoted sentences are where a name could slip out.
    for (const n of dataset.numbers) {
      const path = `/api/public/numbers/${encodeURIComponent(n.id)}`;
      const res = await t.app.request(path);
      expect(res.status, path).toBe(200);
      outputs[path] = await res.text();
    }
    for (const [path, text] of Object.entries(outputs)) {
      expect(
        names.filter((n) => mentions(text, n)),
        path,
      ).toEqual([]);
    }
    expect(dataset.sources).toBeGreaterThan(0);
    expect(dataset.numbers.some((n) => n.value >= 100)).toBe(true);
    expect(Object.keys(dataset.units).length).toBeGreaterThan(0);
    expect(Object.keys(dataset.places).length).toBeGreaterThan(0);
    // The pages do show sources: redaction withholds fields, it does not empty the page.
    const pages = Object.entries(outputs).filter(([p]) => p.startsWith('/api/public/numbers/'));
    expect(pages.some(([, text]) => /"quote":"[^"]/.test(text))).toBe(true);
  });
});
