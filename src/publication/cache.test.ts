/** The recount cache: built once per data version, the last value served while a newer one is built. */
import { describe, expect, it } from 'vitest';
import { refreshingCache } from './cache.ts';

function setup() {
  const state = { version: 'v1', builds: 0, versionReads: 0, at: 0, gate: null as null | (() => void) };
  const cache = refreshingCache({
    version: async () => {
      state.versionReads++;
      return state.version;
    },
    build: async () => {
      const n = ++state.builds;
      if (state.gate === null) return `value ${n}`;
      await new Promise<void>((resolve) => {
        state.gate = resolve;
      });
      return `value ${n}`;
    },
    clock: () => state.at,
    checkEveryMs: 1000,
  });
  return { state, cache };
}

describe('refreshingCache', () => {
  it('builds once for a version, however many ask', async () => {
    const { state, cache } = setup();
    const answers = await Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(answers.map((a) => a.value)).toEqual(['value 1', 'value 1', 'value 1']);
    expect(state.builds).toBe(1);
  });

  it('asks for the data version at most once per interval of its clock', async () => {
    const { state, cache } = setup();
    await cache.get();
    await cache.get();
    expect(state.versionReads).toBe(1);
    state.at = 1000;
    await cache.get();
    expect(state.versionReads).toBe(2);
  });

  it('serves the last value, marked updating, while the changed data is recounted', async () => {
    const { state, cache } = setup();
    await cache.get();
    state.version = 'v2';
    state.at = 5000;
    state.gate = () => {};
    const during = await cache.get();
    expect(during).toEqual({ value: 'value 1', updating: true });
    state.gate?.();
    state.gate = null;
    expect(await cache.fresh()).toBe('value 2');
    expect(await cache.get()).toEqual({ value: 'value 2', updating: false });
  });

  it('fresh() sees a change at once, without waiting for the interval', async () => {
    const { state, cache } = setup();
    await cache.get();
    state.version = 'v2';
    expect(await cache.fresh()).toBe('value 2');
  });
});
