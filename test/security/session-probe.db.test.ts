/**
 * The web app's start (issue #14 point 20): GET /api/public/session answers
 * an anonymous visitor 200 with no user, where GET /api/auth/session answers
 * 401 (which every browser logs as an error), and a signed-in page its own
 * account and CSRF token.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../support/test-store.ts';
import { as, createSecuredApp, type TestApp } from './support.ts';

describe('the session probe', () => {
  let store: TestStore;
  let t: TestApp;
  beforeAll(async () => {
    store = await createTestStore();
    t = await createSecuredApp(store.db);
  }, 120_000);
  afterAll(() => store.dispose());

  it('answers a visitor without a session 200 and no user', async () => {
    const res = await t.app.request('/api/public/session');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ user: null, csrfToken: null });
  });

  it('answers a signed-in page with its account and CSRF token, as the auth route does', async () => {
    const session = t.sessions.researcher;
    const res = await t.app.request('/api/public/session', { headers: as(session) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { user: { username: string }; csrfToken: string };
    expect(body.user.username).toBe('test-researcher');
    expect(body.csrfToken).toBe(session.csrf);
  });

  it('is what the web app asks at start, not the route that answers visitors 401', () => {
    const shell = readFileSync(new URL('../../web/app.js', import.meta.url), 'utf8');
    expect(shell).toContain("api('/api/public/session')");
    expect(shell).not.toContain("api('/api/auth/session')");
  });
});
