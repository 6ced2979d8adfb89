import { describe, expect, it } from 'vitest';
import { generateKeyring } from '../crypto/keyring.ts';
import { networkOf, throttleKeys } from './keys.ts';
import { createMemoryThrottleStore } from './memory-store.ts';
import {
  checkLogin,
  DEFAULT_THROTTLE,
  recordLoginFailure,
  recordLoginSuccess,
  type ThrottleStore,
} from './throttle.ts';

const policy = {
  windowSeconds: 600,
  accountLimit: 3,
  addressLimit: 5,
  lockoutSeconds: 300,
  successLimit: 4,
  successWindowSeconds: 600,
  successPauseSeconds: 60,
};
const t0 = new Date('2025-05-01T10:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

async function fail(store: ThrottleStore, account: string, address: string, seconds: number) {
  return recordLoginFailure(store, { account, address }, at(seconds), policy);
}

describe('login throttle', () => {
  it('locks an account after N failures and says when to retry', async () => {
    const store = createMemoryThrottleStore();
    expect(await fail(store, 'acc', 'ip1', 0)).toEqual({ allowed: true });
    expect(await fail(store, 'acc', 'ip2', 10)).toEqual({ allowed: true });
    expect(await fail(store, 'acc', 'ip3', 20)).toEqual({
      allowed: false,
      retryAfterSeconds: 300,
      scope: 'account',
    });
    expect(await checkLogin(store, { account: 'acc', address: 'ip4' }, at(120))).toEqual({
      allowed: false,
      retryAfterSeconds: 200,
      scope: 'account',
    });
    // Another account from the same addresses is not affected.
    expect(await checkLogin(store, { account: 'other', address: 'ip1' }, at(120))).toEqual({ allowed: true });
    // The lock ends on time.
    expect(await checkLogin(store, { account: 'acc', address: 'ip4' }, at(320))).toEqual({ allowed: true });
  });

  it('counts only failures inside the sliding window', async () => {
    const store = createMemoryThrottleStore();
    await fail(store, 'acc', 'ip', 0);
    await fail(store, 'acc', 'ip', 100);
    // At 650 s the first failure has left the 600 s window: two in the window, no lock.
    expect(await fail(store, 'acc', 'ip', 650)).toEqual({ allowed: true });
    // At 660 s the failures of 100, 650 and 660 are in the window: locked.
    expect(await fail(store, 'acc', 'ip', 660)).toMatchObject({ allowed: false, scope: 'account' });
  });

  it('locks an address trying many accounts', async () => {
    const store = createMemoryThrottleStore();
    for (let i = 0; i < 4; i++) expect((await fail(store, `acc${i}`, 'ip', i)).allowed).toBe(true);
    expect(await fail(store, 'acc4', 'ip', 4)).toEqual({
      allowed: false,
      retryAfterSeconds: 300,
      scope: 'address',
    });
    expect((await checkLogin(store, { account: 'fresh', address: 'ip' }, at(5))).allowed).toBe(false);
    expect((await checkLogin(store, { account: 'fresh', address: 'ip2' }, at(5))).allowed).toBe(true);
  });

  it('forgets an account’s failures after a good login, but not the address’s', async () => {
    const store = createMemoryThrottleStore();
    await fail(store, 'acc', 'ip', 0);
    await fail(store, 'acc', 'ip', 1);
    await recordLoginSuccess(store, { account: 'acc', address: 'ip' }, at(1), policy);
    expect(await fail(store, 'acc', 'ip', 2)).toEqual({ allowed: true });
    expect(await store.countFailures('ip', at(-1))).toBe(3);
  });

  it('pauses an account that signs in too often, and only that account', async () => {
    const store = createMemoryThrottleStore();
    const keys = { account: 'busy', address: 'ip' };
    for (let i = 0; i < 3; i++) {
      expect(await checkLogin(store, keys, at(i))).toEqual({ allowed: true });
      await recordLoginSuccess(store, keys, at(i), policy);
    }
    expect(await checkLogin(store, keys, at(3))).toEqual({ allowed: true });
    await recordLoginSuccess(store, keys, at(3), policy);
    // The fourth success in the window pauses the account for a minute.
    expect(await checkLogin(store, keys, at(4))).toEqual({
      allowed: false,
      retryAfterSeconds: 59,
      scope: 'account',
    });
    expect(await checkLogin(store, { account: 'other', address: 'ip' }, at(4))).toEqual({ allowed: true });
    expect(await checkLogin(store, keys, at(64))).toEqual({ allowed: true });
    // A failure after the successes does not clear the count of successes.
    await fail(store, 'busy', 'ip', 65);
    await recordLoginSuccess(store, keys, at(66), policy);
    expect((await checkLogin(store, keys, at(67))).allowed).toBe(false);
  });

  it('has sensible defaults', () => {
    expect(DEFAULT_THROTTLE.accountLimit).toBeLessThanOrEqual(10);
    expect(DEFAULT_THROTTLE.lockoutSeconds).toBeGreaterThanOrEqual(60);
    expect(DEFAULT_THROTTLE.successLimit).toBeGreaterThanOrEqual(5);
  });
});

describe('throttle keys', () => {
  const keyring = generateKeyring();

  it('counts IPv6 by /64 and IPv4-mapped addresses as IPv4', () => {
    expect(networkOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(networkOf('2001:0db8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(networkOf('::1')).toBe('0:0:0:0::/64');
    expect(networkOf('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(networkOf('192.0.2.7')).toBe('192.0.2.7');
  });

  it('hides names and addresses, and ignores the case of the username', () => {
    const keys = throttleKeys(keyring, 'Anna', '192.0.2.7');
    expect(JSON.stringify(keys)).not.toMatch(/anna|192/i);
    expect(throttleKeys(keyring, 'anna ', '192.0.2.7')).toEqual(keys);
    expect(throttleKeys(keyring, 'anna', '192.0.2.8').address).not.toBe(keys.address);
    expect(throttleKeys(keyring, 'anna', '2001:db8::1').address).toBe(
      throttleKeys(keyring, 'x', '2001:db8::2').address,
    );
  });
});
