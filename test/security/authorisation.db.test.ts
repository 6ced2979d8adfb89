/**
 * The authorisation test, generated from the server's own route table: every
 * /api route must have a policy; anonymous callers are refused everything but
 * the public routes; each role is refused exactly what src/security/policy.ts
 * does not grant it. A new route without a policy fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, ROLES } from '../../src/security/policy.ts';
import { ANONYMOUS_OUTSIDE_PUBLIC, policyFor, ROUTE_POLICY } from '../../src/server/security/route-policy.ts';
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

  it('refuses a bearer token that is not the local one, and any bearer token from another machine', async () => {
    const res = await t.app.request('/api/sources', {
      headers: { authorization: `Bearer ${'a'.repeat(43)}` },
    });
    expect(res.status).toBe(401);
  });
});
