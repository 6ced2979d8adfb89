/**
 * Counting attempts against limits, over the same ThrottleStore as logins
 * (src/security/throttle): used for identity checks (per question, per
 * account) and for the family intake form (per client network).
 *
 * An attempt is counted BEFORE the slow work it guards (an argon2 check,
 * a stored report), and refused when it goes over a limit: checking first and
 * counting after would let a burst of parallel requests all pass the check
 * while the first of them is still hashing. A refused attempt while a key is
 * locked is not counted, so the lock ends when it says it does.
 *
 * Keys are opaque (blind indexes), so the throttle tables hold no ids,
 * account names or addresses in the clear.
 */
import type { ThrottleStore } from '../../security/throttle/throttle.ts';

export interface AttemptLimit {
  /** Opaque store key (a blind index). */
  key: string;
  /** Attempts allowed in the window; the next one is refused and locks the key. */
  limit: number;
  windowSeconds: number;
  /** How long the key stays locked after going over. */
  lockSeconds: number;
}

export type AttemptDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one attempt against the limits, in order; refuses when any key is
 * locked, or when one goes over its limit (the keys after it are then not
 * charged for the refused attempt: put the broader key first).
 */
export async function takeAttempt(
  store: ThrottleStore,
  limits: readonly AttemptLimit[],
  now: Date,
): Promise<AttemptDecision> {
  const locked = await lockedFor(store, limits, now);
  if (locked) return locked;
  for (const l of limits) {
    await store.recordFailure(l.key, now);
    const since = new Date(now.getTime() - l.windowSeconds * 1000);
    if ((await store.countFailures(l.key, since)) > l.limit) {
      await store.lock(l.key, new Date(now.getTime() + l.lockSeconds * 1000));
      return { allowed: false, retryAfterSeconds: Math.max(1, l.lockSeconds) };
    }
  }
  return { allowed: true };
}

/** The refusal when any key is locked now (the longest wait), or null. */
export async function lockedFor(
  store: ThrottleStore,
  limits: readonly AttemptLimit[],
  now: Date,
): Promise<AttemptDecision | null> {
  let until = 0;
  for (const l of limits) {
    const end = (await store.lockedUntil(l.key))?.getTime() ?? 0;
    if (end > now.getTime()) until = Math.max(until, end);
  }
  if (until === 0) return null;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
}
