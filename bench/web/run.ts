/**
 * Web benchmark (`npm run bench:web`): 100,000 claims stored (bulk-generated,
 * generate.ts), the real server, then
 *  1. the dashboard's first render in headless Chromium (public and signed
 *     in), from navigation to the chart and the map drawn: limit 1.5 s;
 *  2. list and search API calls under concurrent load (autocannon), p95 from
 *     every response time: limit 100 ms.
 * On PGlite by default; on PostgreSQL when DATABASE_URL is set.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { createUser } from '../../src/security/accounts/users.ts';
import { generateKeyring } from '../../src/security/crypto/keyring.ts';
import { createSecurity } from '../../src/security/services.ts';
import { createApp } from '../../src/server/app.ts';
import { warmCaches } from '../../src/server/warm.ts';
import { createTestStore } from '../../test/support/test-store.ts';
import { launchChromium } from '../../test/web/support.ts';
import { generate } from './generate.ts';

const SOURCES = 5_000;
const PER_SOURCE = 20;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const RENDER_LIMIT_MS = 1500;
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
const app = createApp({ db: store.db, version: 'bench', maxFileBytes: 1 << 20, security });
// As `objector serve` does before it listens.
const warmStart = performance.now();
await warmCaches(store.db);
console.log(`server start: caches warmed in ${Math.round(performance.now() - warmStart)} ms`);
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise<void>((r) => server.once('listening', () => r()));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'bench', password }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

const results: { what: string; ms: number; limit: number }[] = [];

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
  await page.locator('.chart rect.bar').first().waitFor();
  await page.locator('.map .land path').first().waitFor();
  const ms = performance.now() - start;
  results.push({ what: `dashboard first render, ${label}`, ms, limit: RENDER_LIMIT_MS });
  await context.close();
}
await render('public, server cold (first request since start)', false);
await render('public, fresh browser', false);
await render('signed in, fresh browser', true);
await browser.close();

// 2. API under load: every response time recorded, p95 computed from all of them.
async function load(label: string, path: string): Promise<void> {
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
  const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? Number.NaN;
  results.push({
    what: `${label} p95 (${r.requests.total} requests, ${CONNECTIONS} connections)`,
    ms: p95,
    limit: P95_LIMIT_MS,
  });
}
await load('GET /api/sources?limit=50', '/api/sources?limit=50&offset=2000');
await load('GET /api/claims?state=suggested&limit=50', '/api/claims?state=suggested&limit=50');
await load('GET /api/review/queue?limit=50', '/api/review/queue?limit=50');
await load('GET /api/search?q=soldiers', `/api/search?q=${encodeURIComponent('soldiers refused')}`);
await load('GET /api/search?q=отказались', `/api/search?q=${encodeURIComponent('отказались')}`);
await load('GET /api/search?type=detention&from=2024', '/api/search?type=detention&from=2024');

for (const r of results) {
  const ok = r.ms <= r.limit ? 'ok  ' : 'SLOW';
  console.log(`${ok} ${r.ms.toFixed(0).padStart(6)} ms (limit ${r.limit}) ${r.what}`);
}
await new Promise<void>((r) => server.close(() => r()));
await store.dispose();
process.exit(results.every((r) => r.ms <= r.limit) ? 0 : 1);
