/**
 * Who may run a password check now. Each check holds 64 MiB for a fraction
 * of a second, so only a few run at once; the others wait their turn in a
 * short queue instead of being refused. Turns are taken per account, then per
 * address, then from the whole server, so one account (or one address) can
 * hold at most one (or two) of the server's checks and a few places in the
 * queue: hammering its own account slows that account, not everyone else's.
 * In memory, per process: it bounds this process's memory, not a cluster's.
 */
import type { ThrottleKeys } from './throttle.ts';

export interface GateLimits {
  /** Checks at once for one account, for one address, and for the whole process. */
  perAccount: number;
  perAddress: number;
  total: number;
  /** Requests allowed to wait behind those running, per account, per address, in all. */
  queuePerAccount: number;
  queuePerAddress: number;
  queueTotal: number;
  /** How long a request waits for its turn before it is refused. */
  maxWaitMs: number;
}

export const DEFAULT_GATE: Readonly<GateLimits> = Object.freeze({
  perAccount: 1,
  perAddress: 2,
  total: 2,
  queuePerAccount: 2,
  queuePerAddress: 6,
  queueTotal: 64,
  maxWaitMs: 15_000,
});

export type GateEntry = { ok: true; release(): void } | { ok: false; retryAfterSeconds: number };

export interface LoginGate {
  /** Waits for a turn for these keys; `release` it when the check is done. */
  enter(keys: ThrottleKeys): Promise<GateEntry>;
}

/** A gate with its own counters; make one per process (or per server). */
export function createLoginGate(limits: GateLimits = DEFAULT_GATE): LoginGate {
  const account = new Slots(limits.perAccount, limits.queuePerAccount);
  const address = new Slots(limits.perAddress, limits.queuePerAddress);
  const total = new Slots(limits.total, limits.queueTotal);
  return {
    async enter(keys) {
      const deadline = Date.now() + limits.maxWaitMs;
      const held: Array<() => void> = [];
      const steps = [
        [account, keys.account],
        [address, keys.address],
        [total, '*'],
      ] as const;
      for (const [slots, key] of steps) {
        if (!(await slots.acquire(key, deadline))) {
          for (const release of held.reverse()) release();
          return { ok: false, retryAfterSeconds: 1 };
        }
        held.push(() => slots.release(key));
      }
      let released = false;
      return {
        ok: true,
        release() {
          if (released) return;
          released = true;
          for (const release of held.reverse()) release();
        },
      };
    },
  };
}

interface Waiter {
  grant(): void;
}

/** A counting semaphore per key with a bounded FIFO queue and a deadline. */
class Slots {
  private readonly running = new Map<string, number>();
  private readonly waiting = new Map<string, Waiter[]>();

  constructor(
    private readonly limit: number,
    private readonly maxQueue: number,
  ) {}

  /** True once a slot is held; false when the queue is full or the deadline passes first. */
  acquire(key: string, deadline: number): Promise<boolean> {
    const running = this.running.get(key) ?? 0;
    if (running < this.limit) {
      this.running.set(key, running + 1);
      return Promise.resolve(true);
    }
    const queue = this.waiting.get(key) ?? [];
    if (queue.length >= this.maxQueue) return Promise.resolve(false);
    this.waiting.set(key, queue);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        grant: () => {
          clearTimeout(timer);
          resolve(true);
        },
      };
      const timer = setTimeout(
        () => {
          this.remove(key, waiter);
          resolve(false);
        },
        Math.max(0, deadline - Date.now()),
      );
      queue.push(waiter);
    });
  }

  /** Frees a slot: handed straight to the first waiter, if any. */
  release(key: string): void {
    const next = this.waiting.get(key)?.shift();
    if (next) {
      if (this.waiting.get(key)?.length === 0) this.waiting.delete(key);
      next.grant();
      return;
    }
    const running = (this.running.get(key) ?? 1) - 1;
    if (running > 0) this.running.set(key, running);
    else this.running.delete(key);
  }

  private remove(key: string, waiter: Waiter): void {
    const queue = this.waiting.get(key);
    if (!queue) return;
    const at = queue.indexOf(waiter);
    if (at >= 0) queue.splice(at, 1);
    if (queue.length === 0) this.waiting.delete(key);
  }
}
