import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLoginGate, DEFAULT_GATE, type GateEntry } from './login-gate.ts';

const limits = { ...DEFAULT_GATE, queuePerAccount: 2, queuePerAddress: 3, queueTotal: 10, maxWaitMs: 5_000 };
const keys = (account: string, address = 'ip') => ({ account, address });
const held = (entry: GateEntry) => {
  if (!entry.ok) throw new Error('expected a turn');
  return entry;
};
/** Whether a pending promise has settled, after the microtasks queued so far. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('login gate', () => {
  afterEach(() => vi.useRealTimers());

  it('runs one check per account: the second waits, and gets its turn when the first is done', async () => {
    const gate = createLoginGate(limits);
    const first = held(await gate.enter(keys('a')));
    const second = gate.enter(keys('a'));
    expect(await settled(second)).toBe(false);
    first.release();
    held(await second).release();
  });

  it('lets another account through while one account hammers', async () => {
    const gate = createLoginGate(limits);
    const busy = held(await gate.enter(keys('busy')));
    const queued = [gate.enter(keys('busy')), gate.enter(keys('busy'))];
    // The busy account's queue is full: a fourth request is refused at once, not queued.
    expect(await gate.enter(keys('busy'))).toEqual({ ok: false, retryAfterSeconds: 1 });
    // Another account from the same address gets the second of the server's two turns now.
    const other = await gate.enter(keys('other'));
    expect(other.ok).toBe(true);
    held(other).release();
    busy.release();
    held(await queued[0]!).release();
    held(await queued[1]!).release();
  });

  it('holds at most `total` checks at once across accounts and queues the rest in order', async () => {
    const gate = createLoginGate(limits);
    const a = held(await gate.enter(keys('a', 'ip1')));
    const b = held(await gate.enter(keys('b', 'ip2')));
    const c = gate.enter(keys('c', 'ip3'));
    expect(await settled(c)).toBe(false);
    b.release();
    held(await c).release();
    a.release();
  });

  it('refuses a request that waited too long, and frees its place in the queue', async () => {
    vi.useFakeTimers();
    const gate = createLoginGate(limits);
    const first = held(await gate.enter(keys('a')));
    const late = gate.enter(keys('a'));
    await vi.advanceTimersByTimeAsync(limits.maxWaitMs + 1);
    expect(await late).toEqual({ ok: false, retryAfterSeconds: 1 });
    first.release();
    // Nothing is left held or queued: the account can sign in again at once.
    held(await gate.enter(keys('a'))).release();
  });

  it('releases each turn once, however often release is called', async () => {
    const gate = createLoginGate(limits);
    const a = held(await gate.enter(keys('a', 'ip1')));
    a.release();
    a.release();
    const b = held(await gate.enter(keys('b', 'ip2')));
    const c = held(await gate.enter(keys('c', 'ip3')));
    expect(await settled(gate.enter(keys('d', 'ip4')))).toBe(false);
    b.release();
    c.release();
  });
});
