/**
 * A ThrottleStore in memory, for tests and for a single process that accepts
 * losing its counters on restart. Each call of the factory is independent.
 */
import type { ThrottleStore } from './throttle.ts';

export function createMemoryThrottleStore(): ThrottleStore {
  const failures = new Map<string, number[]>();
  const locks = new Map<string, Date>();
  return {
    async countFailures(key, since) {
      return (failures.get(key) ?? []).filter((at) => at >= since.getTime()).length;
    },
    async recordFailure(key, at) {
      failures.set(key, [...(failures.get(key) ?? []), at.getTime()]);
    },
    async clear(key) {
      failures.delete(key);
      locks.delete(key);
    },
    async lockedUntil(key) {
      return locks.get(key) ?? null;
    },
    async lock(key, until) {
      locks.set(key, until);
    },
  };
}
