import { describe, expect, it } from 'vitest';
import { createMemoryThrottleStore } from '../../security/throttle/memory-store.ts';
import { type AttemptLimit, takeAttempt } from './attempts.ts';

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 12, minutes));
const limit = (key: string, n: number): AttemptLimit => ({
  key,
  limit: n,
  windowSeconds: 3600,
  lockSeconds: 600,
});

describe('takeAttempt', () => {
  it('allows the limit, refuses the next with the lock length, and counts nothing while locked', async () => {
    const store = createMemoryThrottleStore();
    const limits = [limit('k', 3)];
    for (let i = 0; i < 3; i++) expect(await takeAttempt(store, limits, at(i))).toEqual({ allowed: true });
    expect(await takeAttempt(store, limits, at(3))).toEqual({ allowed: false, retryAfterSeconds: 600 });
    expect(await takeAttempt(store, limits, at(8))).toEqual({ allowed: false, retryAfterSeconds: 300 });
    expect(await store.countFailures('k', at(0))).toBe(4);
    // The lock is over, but the window still holds four attempts: the next one locks again.
    expect(await takeAttempt(store, limits, at(14))).toEqual({ allowed: false, retryAfterSeconds: 600 });
    // An hour after the burst the window is empty again.
    expect(await takeAttempt(store, limits, at(75))).toEqual({ allowed: true });
  });

  it('does not charge later keys for an attempt an earlier key refused', async () => {
    const store = createMemoryThrottleStore();
    const limits = [limit('broad', 1), limit('narrow', 5)];
    expect(await takeAttempt(store, limits, at(0))).toEqual({ allowed: true });
    expect((await takeAttempt(store, limits, at(1))).allowed).toBe(false);
    expect(await store.countFailures('narrow', at(0))).toBe(1);
  });
});
