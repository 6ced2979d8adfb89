/**
 * The public side of the casework through the whole app: a family's report
 * without an account (no cookie, no CSRF token), answered with a reference
 * only and the same shape whatever happened to it; limited per network; and
 * the anonymous statistics. Names, contacts and reports are invented.
 */
import { readFileSync } from 'node:fs';
import { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, TEST_ARGON2 } from '../../../../test/security/support.ts';
import { createTestStore, type TestStore } from '../../../../test/support/test-store.ts';
import { INTAKE_LIMIT } from '../../../cases/intake/intake.ts';
import { loadKbDeps } from '../../../kb/lexicon.ts';
import { rebuildKnowledge } from '../../../kb/repository.ts';
import { loadResolver } from '../../../kb/resolver.ts';
import { createUser } from '../../../security/accounts/users.ts';
import { generateKeyring } from '../../../security/crypto/keyring.ts';
import { createSecurity, type Security } from '../../../security/services.ts';
import { ingestBytes } from '../../../sources/ingest-sources.ts';
import { createApp } from '../../app.ts';
import { INTAKE_MIN_RESPONSE_MS, intakeRoutes } from './intake.ts';

const PASSWORD = 'a long enough test password';

const report = (over: Record<string, unknown> = {}) => ({
  name: 'Придумкин Семён',
  birthDate: '1993-11-02',
  region: 'RU-ZAB',
  contact: '+7 900 555-77-88',
  reporterName: 'Нина',
  relation: 'жена',
  language: 'ru',
  consent: true,
  ...over,
});

describe('public intake and casework routes', () => {
  let store: TestStore;
  let security: Security;
  let app: OpenAPIHono;
  let clock = new Date('2026-03-10T09:00:00Z');
  let worker: { cookie: string; csrf: string };

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    app.request('/api/public/intake', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  /** Moves the clock past the intake limit's window, so each test starts with a fresh allowance. */
  const nextHours = () => {
    clock = new Date(clock.getTime() + (INTAKE_LIMIT.windowSeconds + INTAKE_LIMIT.lockSeconds + 1) * 1000);
  };

  beforeAll(async () => {
    store = await createTestStore();
    for (const f of ['ledger.md', 'reprint.md', 'post.md']) {
      const bytes = readFileSync(new URL(`../../../kb/fixtures/${f}`, import.meta.url));
      await ingestBytes(store.db, f, new Uint8Array(bytes));
    }
    await rebuildKnowledge(store.db, loadKbDeps(), loadResolver(), 'test');
    security = createSecurity(store.db, {
      keyring: generateKeyring(),
      anchorPath: null,
      argon2: TEST_ARGON2,
      now: () => clock,
    });
    app = createApp({ db: store.db, version: 'test', maxFileBytes: 1024 * 1024, security });
    await createUser(store.db, security, {
      username: 'worker',
      role: 'caseworker',
      password: PASSWORD,
      actor: 'system',
    });
    worker = await signIn(app, 'worker', PASSWORD);
  });
  afterAll(() => store.dispose());

  it('takes a report from anyone, and answers with a reference and a date only', async () => {
    const res = await post(report({ lastWords: 'Сказал, что их везут в другое место.' }));
    expect(res.status).toBe(202);
    const body = (await res.json()) as Record<string, string>;
    expect(Object.keys(body).sort()).toEqual(['message', 'receivedAt', 'ref']);
    expect(body.ref).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(body.receivedAt).toBe(clock.toISOString());
    expect(body.message).toMatch(/Спасибо/);
    const triage = await app.request('/api/cases?state=triage', { headers: { cookie: worker.cookie } });
    const items = ((await triage.json()) as { items: { ref: string; origin: string }[] }).items;
    expect(items).toContainEqual(expect.objectContaining({ ref: body.ref, origin: 'intake' }));
  });

  it('answers the same shape for a man already reported, one matching public reports, and a stranger', async () => {
    nextHours();
    const known = await post(report({ contact: 'brother@example.org', relation: 'брат', language: 'en' }));
    const fitsReports = await post(
      report({
        name: 'Иван Петров',
        birthDate: '2000',
        region: 'RU-BU',
        unit: '64 ОМСБр',
        contact: '@petrov_family',
      }),
    );
    const stranger = await post(
      report({ name: 'Нетакой Никто', birthDate: undefined, contact: '@nobody_else' }),
    );
    const bodies = (await Promise.all([known, fitsReports, stranger].map((r) => r.json()))) as Record<
      string,
      unknown
    >[];
    expect([known.status, fitsReports.status, stranger.status]).toEqual([202, 202, 202]);
    for (const b of bodies) expect(Object.keys(b).sort()).toEqual(['message', 'receivedAt', 'ref']);
    expect(bodies[0]!.message).toMatch(/^Thank you/);
    // Nothing about the man, the case or the public reports comes back.
    expect(JSON.stringify(bodies)).not.toMatch(/Придумкин|Петров|Bryanka|ОМСБр|triage|case_/);
    const pending = await store.db
      .selectFrom('case_links')
      .select('case_id')
      .where('state', '=', 'suggested')
      .execute();
    expect(pending.length).toBeGreaterThan(0);
  });

  it('takes as long for a report already known, a new one and a robot’s', async () => {
    nextHours();
    for (const body of [
      report({ contact: 'cousin@example.org' }),
      report({ name: 'Совсем Новый', contact: '@new_one' }),
      report({ name: 'Робот', website: 'http://spam.example' }),
    ]) {
      const started = performance.now();
      expect((await post(body)).status).toBe(202);
      expect(performance.now() - started).toBeGreaterThanOrEqual(INTAKE_MIN_RESPONSE_MS - 5);
    }
  });

  it('refuses a report without consent, with an unknown region or a bad contact, naming the field', async () => {
    for (const [over, field] of [
      [{ consent: false }, 'consent'],
      [{ region: 'RU-XX' }, 'region'],
      [{ contact: 'позвоните маме' }, 'contact'],
      [{ name: '12345' }, 'name'],
    ] as const) {
      const res = await post(report(over));
      expect(res.status).toBe(400);
      expect(((await res.json()) as { detail: string }).detail).toMatch(new RegExp(`^${field}:`));
    }
    const huge = await post({ ...report(), lastWords: 'я'.repeat(9000) });
    expect(huge.status).toBe(413);
  });

  it('accepts five reports an hour from one network, then answers 429 with Retry-After', async () => {
    nextHours();
    for (let i = 0; i < INTAKE_LIMIT.perNetwork; i++) {
      expect((await post(report({ name: `Лимитов Номер ${i}` }))).status).toBe(202);
    }
    const refused = await post(report({ name: 'Лимитов Лишний' }));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(INTAKE_LIMIT.lockSeconds));
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
  });

  it('counts per client network behind a trusted proxy', async () => {
    const behindProxy = new OpenAPIHono();
    intakeRoutes(behindProxy, { db: store.db, security, connection: { trustProxy: true }, minResponseMs: 0 });
    const from = (address: string, name: string) =>
      behindProxy.request('/api/public/intake', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.0.0.1, ${address}` },
        body: JSON.stringify(report({ name })),
      });
    nextHours();
    for (let i = 0; i < INTAKE_LIMIT.perNetwork; i++)
      expect((await from('203.0.113.7', `Сетевой ${i}`)).status).toBe(202);
    expect((await from('203.0.113.7', 'Сетевой Лишний')).status).toBe(429);
    expect((await from('203.0.113.8', 'Сетевой Соседний')).status).toBe(202);
  });

  it('describes the intake and the statistics in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, { properties?: Record<string, { enum?: string[] }> }> };
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/public/intake', '/api/public/casework', '/api/casework/stats']),
    );
    expect(doc.components.schemas.IntakeInput?.properties?.region?.enum).toContain('RU-BU');
  });
});
