/**
 * The second factor over HTTP. A right password without its code is answered
 * exactly like a wrong password (a guessed password is never confirmed on its
 * own); and a session alone can neither put a second factor on the account,
 * nor replace or remove it: that takes the password or a current code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, findUser } from '../../src/security/accounts/users.ts';
import { generateTotpSecret, totpCode } from '../../src/security/totp.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';
import { as, createSecuredApp, PASSWORD, type Session, signIn, type TestApp } from './support.ts';

const STEP = 30_000;
const ago = (ms: number) => new Date(Date.now() - ms);

describe('the second factor', () => {
  let store: TestStore;
  let t: TestApp;
  beforeAll(async () => {
    store = await createTestStore();
    t = await createSecuredApp(store.db);
  });
  afterAll(() => store.dispose());

  const login = (body: object) =>
    t.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const enable = (session: Session, body: object) =>
    t.app.request('/api/auth/totp', {
      method: 'POST',
      headers: as(session, { 'content-type': 'application/json' }),
      body: JSON.stringify(body),
    });
  /** What a client can observe of a response: status, headers (but the date) and body. */
  const observed = async (res: Response) => {
    const headers = [...res.headers.entries()].filter(([name]) => name !== 'date');
    return { status: res.status, headers, body: await res.text() };
  };
  const storedSecret = async (username: string) => (await findUser(store.db, username))?.totp_secret ?? null;

  async function accountWithFactor(username: string): Promise<{ session: Session; secret: string }> {
    await createUser(store.db, t.security, { username, role: 'viewer', password: PASSWORD, actor: 'system' });
    const session = await signIn(t.app, username, PASSWORD);
    const secret = generateTotpSecret();
    const res = await enable(session, { secret, code: totpCode(secret, ago(STEP)), password: PASSWORD });
    expect(res.status).toBe(204);
    return { session, secret };
  }

  it('answers a right password without its code exactly like a wrong password', async () => {
    const { secret } = await accountWithFactor('guarded');
    const wrongPassword = await observed(
      await login({ username: 'guarded', password: 'not the password at all' }),
    );
    const noCode = await observed(await login({ username: 'guarded', password: PASSWORD }));
    const wrongCode = await observed(
      await login({ username: 'guarded', password: PASSWORD, totp: totpCode(secret, ago(10 * STEP)) }),
    );
    expect(wrongPassword.status).toBe(401);
    expect(noCode).toEqual(wrongPassword);
    expect(wrongCode).toEqual(wrongPassword);
    // With the code, the same password signs in.
    expect(
      (await login({ username: 'guarded', password: PASSWORD, totp: totpCode(secret, new Date()) })).status,
    ).toBe(200);
  });

  it('counts a right password without its code as a failure, so it cannot be probed without limit', async () => {
    await accountWithFactor('probed');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await login({ username: 'probed', password: PASSWORD })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
  });

  it('will not enrol a second factor on a session alone', async () => {
    await createUser(store.db, t.security, {
      username: 'fresh',
      role: 'viewer',
      password: PASSWORD,
      actor: 'system',
    });
    const session = await signIn(t.app, 'fresh', PASSWORD);
    const secret = generateTotpSecret();
    const code = totpCode(secret, new Date());
    // No proof at all is a malformed request; a wrong one is refused.
    expect((await enable(session, { secret, code })).status).toBe(400);
    expect((await enable(session, { secret, code, password: 'a wrong password here' })).status).toBe(403);
    expect(await storedSecret('fresh')).toBeNull();
    expect((await enable(session, { secret, code, password: PASSWORD })).status).toBe(204);
    expect(await storedSecret('fresh')).not.toBeNull();
  });

  it('will not replace or remove a second factor on a session alone', async () => {
    const { session, secret } = await accountWithFactor('owner');
    const before = await storedSecret('owner');
    const thiefs = generateTotpSecret();
    const thiefsCode = totpCode(thiefs, ago(STEP));
    expect((await enable(session, { secret: thiefs, code: thiefsCode })).status).toBe(400);
    expect((await enable(session, { secret: thiefs, code: thiefsCode, currentCode: '000000' })).status).toBe(
      403,
    );
    expect(
      (await enable(session, { secret: thiefs, code: thiefsCode, password: 'not it at all!' })).status,
    ).toBe(403);
    const remove = (body: object) =>
      t.app.request('/api/auth/totp', {
        method: 'DELETE',
        headers: as(session, { 'content-type': 'application/json' }),
        body: JSON.stringify(body),
      });
    expect((await remove({})).status).toBe(400);
    expect((await remove({ password: 'not it at all!' })).status).toBe(403);
    expect((await remove({ code: '000000' })).status).toBe(403);
    expect(await storedSecret('owner')).toBe(before);

    // The owner replaces it with a current code of the old factor.
    const next = generateTotpSecret();
    const replaced = await enable(session, {
      secret: next,
      code: totpCode(next, ago(STEP)),
      currentCode: totpCode(secret, new Date()),
    });
    expect(replaced.status).toBe(204);
    expect(await storedSecret('owner')).not.toBe(before);
    expect((await remove({ password: PASSWORD })).status).toBe(204);
    expect(await storedSecret('owner')).toBeNull();
  });
});
