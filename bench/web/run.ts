/**
 * Web benchmark (`npm run bench:web`): 100,000 claims stored (bulk-generated,
 * generate.ts; one in five accepted), the real server, then
 *  1. the public dashboard's first render in headless Chromium (its numbers,
 *     chart and map drawn, all from the published counts): limit 1 s;
 *  2. API calls under concurrent load (autocannon), p95 from every response
 *     time: limit 100 ms. The public numbers (summary, every number, one
 *     number's page, the exports) and the member lists, each printed against
 *     GET /api/public/health measured the same way in the same run (the
 *     server's floor: routing, access check, headers).
 * On PGlite by default; on PostgreSQL when DATABASE_URL is set.
 * BENCH_SOURCES (default 5,000 × 20 claims) scales the store for a quick run.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { createPublication } from '../../src/publication/service.ts';
import { createUser } from '../../src/security/accounts/users.ts';
import { generateKeyring } from '../../src/security/crypto/keyring.ts';
import { createSecurity } from '../../src/security/services.ts';
import { createApp } from '../../src/server/app.ts';
import { warmCaches } from '../../src/server/warm.ts';
import { createTestStore } from '../../test/support/test-store.ts';
import { launchChromium } from '../../test/web/support.ts';
import { generate } from './generate.ts';

const SOURCES = Number(process.env.BENCH_SOURCES ?? 5_000);
const PER_SOURCE = 20;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const RENDER_LIMIT_MS = 1000;
const P95_LIMIT_MS = 100;

const store = await createTestStore();
const t = performance.now();
const claims = await generate(store.db, SOURCES, PER_SOURCE);
await sql`analyze`.execute(store.db);
console.log(
  `store: ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}; generated ${claims.toLocaleString('en')} claims in ${SOURCES.toLocaleString('en')} sources in ${((performance.now() - t) / 1000).toFixed(1)} s`,
);

const security = createSecurity(store.db, {
  keyring: generateKeyring(),
  anchorPath: null,
  argon2: { memoryKiB: 1024, iterations: 1, parallelism: 1 },
});
const password = 'bench password for a researcher';
await createUser(store.db, security, { username: 'bench', role: 'researcher', password, actor: 'system' });
const publication = createPublication(store.db, { publishUnreviewed: false, now: security.now });
const app = createApp({ db: store.db, version: 'bench', maxFileBytes: 1 << 20, security, publication });
// As `objector serve` does before it listens.
const warmStart = performance.now();
await warmCaches(publication);
const published = await publication.fresh();
console.log(
  `server start: public numbers counted in ${Math.round(performance.now() - warmStart)} ms ` +
    `(${published.counts.numbers.length.toLocaleString('en')} numbers)`,
);
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise<void>((r) => server.once('listening', () => r()));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'bench', password }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

const results: { what: string; ms: number; limit: number; peer?: number }[] = [];

// 1. Dashboard first render: a fresh browser context each time (no cache).
const browser = await launchChromium();
async function render(label: string, signedIn: boolean): Promise<void> {
  const context = await browser.newContext();
  if (signedIn) {
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: base }]);
  }
  const page = await context.newPage();
  const start = performance.now();
  await page.goto(`${base}/#/dashboard`);
  await page.locator('#pub-totals a.number').first().waitFor();
  await page.locator('.chart rect.bar').first().waitFor();
  await page.locator('.map .land path').first().waitFor();
  const ms = performance.now() - start;
  results.push({ what: `dashboard first render, ${label}`, ms, limit: RENDER_LIMIT_MS });
  await context.close();
}
await render('public, first visit since start', false);
await render('public, fresh browser', false);
await render('signed in, fresh browser', true);
await browser.close();

// 2. API under load: every response time recorded, p95 computed from all of them.
async function p95(path: string): Promise<{ ms: number; total: number }> {
  const times: number[] = [];
  let failed = 0;
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: `${base}${path}`, connections: CONNECTIONS, duration: SECONDS, headers: { cookie } },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status !== 200) failed++;
      times.push(ms);
    });
  });
  if (failed > 0) throw new Error(`${path}: ${failed} answers were not 200`);
  times.sort((a, b) => a - b);
  return {
    ms: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? Number.NaN,
    total: r.requests.total,
  };
}
const peer = await p95('/api/public/health');
results.push({
  what: `GET /api/public/health p95 (the peer, ${peer.total} requests)`,
  ms: peer.ms,
  limit: P95_LIMIT_MS,
});
async function load(label: string, path: string): Promise<void> {
  const r = await p95(path);
  results.push({
    what: `${label} p95 (${r.total} requests, ${CONNECTIONS} connections)`,
    ms: r.ms,
    limit: P95_LIMIT_MS,
    peer: peer.ms,
  });
}
const biggest = [...published.counts.numbers].sort((a, b) => b.sources - a.sources)[0];
await load('GET /api/public/summary', '/api/public/summary');
if (biggest)
  await load('GET /api/public/numbers/{largest}', `/api/public/numbers/${encodeURIComponent(biggest.id)}`);
await load('GET /api/public/places.geojson', '/api/public/places.geojson');
await load('GET /api/public/dataset.csv', '/api/public/dataset.csv');
await load('GET /api/sources?limit=50', '/api/sources?limit=50&offset=2000');
await load('GET /api/claims?state=suggested&limit=50', '/api/claims?state=suggested&limit=50');
await load('GET /api/review/queue?limit=50', '/api/review/queue?limit=50');
await load('GET /api/search?q=soldiers', `/api/search?q=${encodeURIComponent('soldiers refused')}`);

for (const r of results) {
  const ok = r.ms <= r.limit ? 'ok  ' : 'SLOW';
  const ratio = r.peer ? ` = ${(r.ms / Math.max(r.peer, 0.01)).toFixed(1)}× the peer` : '';
  console.log(`${ok} ${r.ms.toFixed(0).padStart(6)} ms (limit ${r.limit})${ratio} ${r.what}`);
}
await new Promise<void>((r) => server.close(() => r()));
await store.dispose();
process.exit(results.every((r) => r.ms <= r.limit) ? 0 : 1);
