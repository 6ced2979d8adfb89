/**
 * Sign-in under load, over HTTP. One account hammering its own sign-in from
 * three parallel loops must not keep another person out: that person's
 * correct logins succeed, at worst after a short wait in the queue. And a
 * burst of correct logins of one account is throttled like failures are.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/security/accounts/users.ts';
import { DEFAULT_THROTTLE } from '../../src/security/throttle/throttle.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';
import { createSecuredApp, PASSWORD, type TestApp } from './support.ts';

/** Checks long enough (a few ms to tens of ms) that requests really overlap. */
const SLOWER_ARGON2 = { memoryKiB: 8192, iterations: 2, parallelism: 1 };

const login = (t: TestApp, username: string, password = PASSWORD) =>
  t.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });

describe('sign-in throttling under load', () => {
  let store: TestStore;
  let t: TestApp;
  beforeAll(async () => {
    store = await createTestStore();
    t = await createSecuredApp(store.db, { argon2: SLOWER_ARGON2 });
    for (const username of ['hammer', 'bystander', 'burst', 'burst-neighbour']) {
      await createUser(store.db, t.security, {
        username,
        role: 'viewer',
        password: PASSWORD,
        actor: 'system',
      });
    }
  });
  afterAll(() => store.dispose());

  it('lets another user sign in while one account hammers from three loops', {
    timeout: 120_000,
  }, async () => {
    let stop = false;
    const attacker: number[] = [];
    const loop = async () => {
      // Bounded: a loop ends after 150 requests even if the bystander never finishes.
      for (let i = 0; i < 150 && !stop; i++) attacker.push((await login(t, 'hammer')).status);
    };
    const loops = [loop(), loop(), loop()];
    // Let the loops get going before the bystander arrives.
    while (attacker.length < 6) await new Promise((resolve) => setTimeout(resolve, 5));
    const bystander: number[] = [];
    try {
      for (let i = 0; i < 4; i++) bystander.push((await login(t, 'bystander')).status);
    } finally {
      stop = true;
      await Promise.all(loops);
    }
    expect(bystander).toEqual([200, 200, 200, 200]);
    // The hammering account itself was throttled (its successes count), and never got a 5xx.
    expect(attacker).toContain(429);
    expect(attacker.filter((s) => s === 200).length).toBeLessThanOrEqual(DEFAULT_THROTTLE.successLimit);
    expect(attacker.every((s) => s === 200 || s === 429)).toBe(true);
  });

  it('throttles a burst of correct logins of one account, and only that account', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) statuses.push((await login(t, 'burst')).status);
    expect(statuses[0]).toBe(200);
    expect(statuses).toContain(429);
    // The first `successLimit` go through, then the account pauses.
    const limit = statuses.indexOf(429);
    expect(limit).toBe(DEFAULT_THROTTLE.successLimit);
    expect(statuses.slice(limit)).toEqual(new Array(15 - limit).fill(429));
    const paused = await login(t, 'burst');
    expect(Number(paused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await paused.json()) as { title: string }).title).toBe('Too many attempts');
    // Same address, other account: not affected.
    expect((await login(t, 'burst-neighbour')).status).toBe(200);
  });
});
