/** Accounts over HTTP: cookies, throttling and lockout, the second factor, one-time passwords, disabling, headers. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, ensureFirstAdmin, findUser, setDisabled } from '../../src/security/accounts/users.ts';
import { totpCode } from '../../src/security/totp.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';
import { as, createSecuredApp, PASSWORD, signIn, type TestApp } from './support.ts';

const login = (t: TestApp, body: object, url = 'http://localhost/api/auth/login') =>
  t.app.request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('accounts over HTTP', () => {
  let store: TestStore;
  let t: TestApp;
  beforeAll(async () => {
    store = await createTestStore();
    t = await createSecuredApp(store.db);
  });
  afterAll(() => store.dispose());

  it('sets an HttpOnly, SameSite=Strict session cookie, Secure with __Host- over TLS', async () => {
    const plain = await login(t, { username: 'test-viewer', password: PASSWORD });
    expect(plain.status).toBe(200);
    const cookie = plain.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^objector_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    const tls = await login(
      t,
      { username: 'test-viewer', password: PASSWORD },
      'https://localhost/api/auth/login',
    );
    expect(tls.headers.get('set-cookie')).toMatch(/^__Host-objector_session=.*Secure/);
    expect(tls.headers.get('strict-transport-security')).toMatch(/max-age=/);
    // The session answers with the same CSRF token the login gave.
    const session = (await plain.json()) as { csrfToken: string };
    const again = await t.app.request('/api/auth/session', { headers: { cookie: cookie.split(';')[0]! } });
    expect(((await again.json()) as { csrfToken: string }).csrfToken).toBe(session.csrfToken);
  });

  it('throttles: 401 for wrong passwords, then 429 with Retry-After, even for the right one', async () => {
    await createUser(store.db, t.security, {
      username: 'guessed',
      role: 'viewer',
      password: PASSWORD,
      actor: 'system',
    });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await login(t, { username: 'guessed', password: `wrong-${i}-password` })).status);
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses[4]).toBe(429);
    const right = await login(t, { username: 'GUESSED', password: PASSWORD });
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(60);
    // Unknown accounts answer like wrong passwords.
    expect((await login(t, { username: 'nobody-here', password: PASSWORD })).status).toBe(401);
  });

  it('audits logins and failures by account id, never by the name typed', async () => {
    const { rows } = await sql<{ actor: string; action: string; details: unknown }>`
      select actor, action, details from audit_log where action in ('login', 'login_failed')`.execute(
      store.db,
    );
    expect(rows.some((r) => r.action === 'login')).toBe(true);
    expect(rows.some((r) => r.action === 'login_failed')).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/guessed|nobody-here|wrong-/);
  });

  it('asks for the second factor once enabled, and refuses a code used twice', async () => {
    const session = t.sessions.caseworker;
    const setup = await t.app.request('/api/auth/totp/setup', { method: 'POST', headers: as(session) });
    const { secret } = (await setup.json()) as { secret: string };
    const enable = await t.app.request('/api/auth/totp', {
      method: 'POST',
      headers: as(session, { 'content-type': 'application/json' }),
      body: JSON.stringify({
        secret,
        code: totpCode(secret, new Date(Date.now() - 30_000)),
        password: PASSWORD,
      }),
    });
    expect(enable.status).toBe(204);
    const stored = await findUser(store.db, 'test-caseworker');
    expect(stored?.totp_secret).toMatch(/^enc1:/);
    expect(stored?.totp_secret).not.toContain(secret);
    // Without the code, the right password gets the answer of a wrong one (second-factor.db.test.ts).
    const without = await login(t, { username: 'test-caseworker', password: PASSWORD });
    expect(without.status).toBe(401);
    const code = totpCode(secret, new Date());
    expect((await login(t, { username: 'test-caseworker', password: PASSWORD, totp: code })).status).toBe(
      200,
    );
    expect((await login(t, { username: 'test-caseworker', password: PASSWORD, totp: code })).status).toBe(
      401,
    );
  });

  it('makes the first admin with a one-time password that must be changed before anything else, and not to itself or a common one', async () => {
    const fresh = await createTestStore();
    try {
      const secured = await createSecuredApp(fresh.db);
      await fresh.db.deleteFrom('sessions').execute();
      await fresh.db.deleteFrom('users').execute();
      const first = await ensureFirstAdmin(fresh.db, secured.security);
      expect(first?.password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
      expect(await ensureFirstAdmin(fresh.db, secured.security)).toBeNull();
      const admin = await signIn(secured.app, 'admin', first!.password);
      expect((await secured.app.request('/api/users', { headers: as(admin) })).status).toBe(403);
      const change = (password: string) =>
        secured.app.request('/api/auth/password', {
          method: 'POST',
          headers: as(admin, { 'content-type': 'application/json' }),
          body: JSON.stringify({ current: first!.password, password }),
        });
      // Keeping the printed one-time password would leave it valid.
      const same = await change(first!.password);
      expect(same.status).toBe(400);
      expect(((await same.json()) as { detail: string }).detail).toMatch(/differ from the current/);
      // Twelve characters from a leaked-password list are not a password.
      const common = await change('qwerty123456');
      expect(common.status).toBe(400);
      expect(((await common.json()) as { detail: string }).detail).toMatch(/common/);
      expect((await secured.app.request('/api/users', { headers: as(admin) })).status).toBe(403);
      expect((await change('a long passphrase of my own')).status).toBe(204);
      expect((await secured.app.request('/api/users', { headers: as(admin) })).status).toBe(200);
    } finally {
      await fresh.dispose();
    }
  });

  it('ends the sessions of a disabled account at once', async () => {
    const researcher = t.sessions.researcher;
    expect((await t.app.request('/api/sources', { headers: as(researcher) })).status).toBe(200);
    const user = await findUser(store.db, 'test-researcher');
    await setDisabled(store.db, t.security, user!.id, true, 'system');
    expect((await t.app.request('/api/sources', { headers: as(researcher) })).status).toBe(401);
    expect((await login(t, { username: 'test-researcher', password: PASSWORD })).status).toBe(401);
  });

  it('sends a strict CSP and the usual security headers on every response', async () => {
    for (const path of ['/', '/api/public/health', '/api/nowhere', '/api/sources']) {
      const res = await t.app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      for (const part of [
        "default-src 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'none'",
      ]) {
        expect(csp, path).toContain(part);
      }
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    }
  });
});
