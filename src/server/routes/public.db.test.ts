/**
 * The public routes over HTTP, without an account: the dashboard summary,
 * a number's page (404 for an id that is not published), and the exports
 * with their media types. The numbers themselves: src/publication tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSecurity } from '../../../test/support/test-security.ts';
import { createTestStore, type TestStore } from '../../../test/support/test-store.ts';
import { reviewClaim } from '../../claims/review.ts';
import { refreshKnowledge } from '../../kb/repository.ts';
import { createPublication } from '../../publication/service.ts';
import { ingestBytes } from '../../sources/ingest-sources.ts';
import { createApp } from '../app.ts';

// Invented for this test: no real event or person.
const REPORT = new TextEncoder().encode(
  'At least 12 soldiers refused to return to the front near Belgorod on April 3, 2024, relatives said.\n',
);

let store: TestStore;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  store = await createTestStore();
  await ingestBytes(store.db, 'report.txt', REPORT);
  await refreshKnowledge(store.db, 'system');
  for (const r of await store.db.selectFrom('claims').select('id').execute())
    await reviewClaim(store.db, { id: r.id, action: 'accept', actor: 'tester', version: 'current' });
  const security = createTestSecurity(store.db);
  const publication = createPublication(store.db, { publishUnreviewed: false, now: security.now });
  await publication.fresh();
  app = createApp({ db: store.db, version: 'test', maxFileBytes: 1 << 20, security, publication });
}, 120_000);
afterAll(async () => store.dispose());

const get = (path: string) => app.request(path);

describe('public routes', () => {
  it('answers the summary and a number page to anyone', async () => {
    const res = await get('/api/public/summary');
    expect(res.status).toBe(200);
    const summary = (await res.json()) as { types: { type: string; total: { id: string; value: number } }[] };
    const refusal = summary.types.find((t) => t.type === 'refusal');
    expect(refusal?.total.value).toBe(12);
    const page = await get(`/api/public/numbers/${encodeURIComponent(refusal?.total.id ?? '')}`);
    expect(page.status).toBe(200);
    expect(((await page.json()) as { facts: unknown[] }).facts.length).toBe(1);
    expect((await get('/api/public/numbers/death~all~all~all')).status).toBe(404);
    expect((await get('/api/public/numbers/nonsense')).status).toBe(404);
  });

  it('serves the exports with their media types', async () => {
    const geo = await get('/api/public/places.geojson');
    expect(geo.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    expect(((await geo.json()) as { type: string }).type).toBe('FeatureCollection');
    const csv = await get('/api/public/dataset.csv');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await csv.text()).toContain('refusal~all~all~all,refusal,*');
    const json = await get('/api/public/dataset.json');
    expect(((await json.json()) as { format: string }).format).toBe('objector-public-v2');
  });
});
