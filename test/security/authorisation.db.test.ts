/**
 * The authorisation test, generated from the server's own route table: every
 * /api route must have a policy; anonymous callers are refused everything but
 * the public routes; each role is refused exactly what src/security/policy.ts
 * does not grant it. A new route without a policy fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type Resource, ROLES } from '../../src/security/policy.ts';
import {
  ANONYMOUS_OUTSIDE_PUBLIC,
  PERSON_DATA_ROUTES,
  PERSON_FILTERED_ROUTES,
  policyFor,
  ROUTE_POLICY,
} from '../../src/server/security/route-policy.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';
import { as, createSecuredApp, PASSWORD, signIn, type TestApp } from './support.ts';

describe('authorisation, generated from the route table', () => {
  let store: TestStore;
  let t: TestApp;
  beforeAll(async () => {
    store = await createTestStore();
    t = await createSecuredApp(store.db);
  });
  afterAll(() => store.dispose());

  const apiRoutes = () => {
    const seen = new Map<string, { method: string; path: string }>();
    for (const r of t.app.routes) {
      if (r.method === 'ALL' || !r.path.startsWith('/api/')) continue;
      seen.set(`${r.method} ${r.path}`, { method: r.method, path: r.path });
    }
    return [...seen.values()];
  };
  const url = (path: string) => path.replace(/:[A-Za-z_]+/g, 'x');
  const call = (method: string, path: string, headers: Record<string, string>) =>
    t.app.request(url(path), {
      method,
      headers: { ...headers, ...(method === 'GET' ? {} : { 'content-type': 'application/json' }) },
      ...(method === 'GET' ? {} : { body: '{}' }),
    });

  it('finds the routes, and every one has a policy; the policy names no route that does not exist', () => {
    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThan(15);
    const missing = routes.filter((r) => !policyFor(r.method, r.path)).map((r) => `${r.method} ${r.path}`);
    expect(missing).toEqual([]);
    const registered = new Set(routes.map((r) => `${r.method} ${r.path}`));
    expect(Object.keys(ROUTE_POLICY).filter((k) => !registered.has(k))).toEqual([]);
  });

  it('lets the public reach only /api/public/, sign-in and the OpenAPI document', () => {
    for (const r of apiRoutes()) {
      const policy = policyFor(r.method, r.path)!;
      const anonymous =
        policy.access === 'public' ||
        (policy.access === 'role' && can('public', policy.resource, policy.action));
      if (anonymous)
        expect(
          r.path.startsWith('/api/public/') || ANONYMOUS_OUTSIDE_PUBLIC.has(`${r.method} ${r.path}`),
          r.path,
        ).toBe(true);
    }
  });

  it('refuses anonymous callers everywhere else (401), and answers them on public routes', async () => {
    for (const r of apiRoutes()) {
      const policy = policyFor(r.method, r.path)!;
      const res = await call(r.method, r.path, {});
      const open =
        policy.access === 'public' ||
        (policy.access === 'role' && can('public', policy.resource, policy.action));
      if (open) expect([401, 403], `${r.method} ${r.path}`).not.toContain(res.status);
      else expect(res.status, `${r.method} ${r.path}`).toBe(401);
      expect(res.status, `${r.method} ${r.path}`).toBeLessThan(500);
    }
  });

  it('refuses each role what the policy does not grant it (403), and lets it through otherwise', async () => {
    for (const role of ROLES) {
      for (const r of apiRoutes()) {
        const policy = policyFor(r.method, r.path)!;
        const session =
          r.path === '/api/auth/logout' ? await signIn(t.app, `test-${role}`, PASSWORD) : t.sessions[role];
        const res = await call(r.method, r.path, as(session));
        const allowed = policy.access !== 'role' || can(role, policy.resource, policy.action);
        if (allowed) expect([401, 403], `${role} ${r.method} ${r.path}`).not.toContain(res.status);
        else expect(res.status, `${role} ${r.method} ${r.path}`).toBe(403);
        expect(res.status, `${role} ${r.method} ${r.path}`).toBeLessThan(500);
      }
    }
  });

  it('refuses a state-changing request without the CSRF token, even with a valid session', async () => {
    const admin = t.sessions.admin;
    const res = await t.app.request('/api/notes', {
      method: 'POST',
      headers: { cookie: admin.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ subjectKind: 'sources', subjectId: 'x', body: 'b' }),
    });
    expect(res.status).toBe(403);
    const wrong = await t.app.request('/api/notes', {
      method: 'POST',
      headers: {
        cookie: admin.cookie,
        'x-csrf-token': t.sessions.viewer.csrf,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ subjectKind: 'sources', subjectId: 'x', body: 'b' }),
    });
    expect(wrong.status).toBe(403);
  });

  it('lets only roles with persons:read call a route that returns person claims or names', () => {
    const personal: Resource[] = ['persons', 'cases', 'notes', 'review'];
    const routes = apiRoutes()
      .map((r) => `${r.method} ${r.path}`)
      .filter((key) => {
        const policy = ROUTE_POLICY[key];
        return (
          PERSON_DATA_ROUTES.has(key) || (policy?.access === 'role' && personal.includes(policy.resource))
        );
      });
    expect(routes.length).toBeGreaterThan(PERSON_DATA_ROUTES.size);
    for (const key of [...PERSON_DATA_ROUTES, ...PERSON_FILTERED_ROUTES])
      expect(ROUTE_POLICY[key], key).toBeDefined();
    const open: string[] = [];
    for (const key of routes) {
      const policy = ROUTE_POLICY[key]!;
      if (policy.access !== 'role') {
        open.push(`${key}: not role-checked`);
        continue;
      }
      for (const role of ['public' as const, ...ROLES])
        if (can(role, policy.resource, policy.action) && !can(role, 'persons', 'read'))
          open.push(`${key}: ${role}`);
    }
    expect(open).toEqual([]);
  });

  it('keeps person claims from roles without persons:read on the claims list (issue #15, point 5)', async () => {
    await seedPersonClaims(store);
    const kinds = async (role: (typeof ROLES)[number], query: string) => {
      const res = await t.app.request(`/api/claims?${query}`, { headers: as(t.sessions[role]) });
      return {
        status: res.status,
        kinds:
          res.status === 200
            ? ((await res.json()) as { items: { kind: string }[] }).items.map((i) => i.kind)
            : [],
      };
    };
    for (const role of ROLES) {
      const all = await kinds(role, 'limit=5000');
      const bySource = await kinds(role, 'source=authz-src&limit=5000');
      const persons = await kinds(role, 'kind=person');
      expect(all.status, role).toBe(200);
      if (can(role, 'persons', 'read')) {
        expect(all.kinds, role).toContain('person');
        expect(bySource.kinds, role).toContain('person');
        expect(persons.kinds, role).toEqual(['person', 'person']);
      } else {
        expect(all.kinds, role).not.toContain('person');
        expect(all.kinds, role).toContain('unit');
        expect(bySource.kinds, role).toEqual(['unit']);
        expect(persons.status, role).toBe(403);
      }
    }
    // The refusal is audited like any other, without the claim's content.
    const denied = await store.db
      .selectFrom('audit_log')
      .select(['details'])
      .where('action', '=', 'permission_denied')
      .where('target_kind', '=', 'persons')
      .execute();
    const details = denied.map((d) => (typeof d.details === 'string' ? JSON.parse(d.details) : d.details));
    expect(details.filter((d) => d.kind === 'person' && d.route === '/api/claims')).toHaveLength(1);
    expect(JSON.stringify(details)).not.toContain('Privatov');
  });

  it('refuses a bearer token that is not the local one, and any bearer token from another machine', async () => {
    const res = await t.app.request('/api/sources', {
      headers: { authorization: `Bearer ${'a'.repeat(43)}` },
    });
    expect(res.status).toBe(401);
  });
});

/** An invented source with two person claims (a soldier and his mother) and one unit claim. */
async function seedPersonClaims(store: TestStore): Promise<void> {
  const body = 'Invented Privatov and his mother Invented Privatova spoke about the 999th brigade.';
  await store.db
    .insertInto('sources')
    .values({
      id: 'authz-src',
      content_hash: 'authz-src-hash',
      title: 'Invented report',
      body,
      language: 'en',
      format: 'txt',
      encoding: 'utf-8',
    })
    .execute();
  const claim = (id: string, kind: string, start: number, end: number, value: object) => ({
    id,
    source_id: 'authz-src',
    kind,
    identity: id,
    start_offset: start,
    end_offset: end,
    rule: 'test',
    extractor: 'test',
    suggested: JSON.stringify(value),
    value: JSON.stringify(value),
  });
  await store.db
    .insertInto('claims')
    .values([
      claim('authz-p1', 'person', 0, 16, {
        mention: 'Invented Privatov',
        role: 'soldier',
        start: 0,
        end: 16,
        rule: 'test',
      }),
      claim('authz-p2', 'person', 32, 50, {
        mention: 'Invented Privatova',
        role: 'relative',
        start: 32,
        end: 50,
        rule: 'test',
      }),
      claim('authz-u1', 'unit', 65, 78, {
        mention: '999th brigade',
        key: '999-brigade',
        start: 65,
        end: 78,
        rule: 'test',
      }),
    ])
    .execute();
}
