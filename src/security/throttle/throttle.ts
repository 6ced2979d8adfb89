/**
 * Login throttling and lockout, as pure logic over a small store: failures
 * are counted per account and per client address in a sliding window; when
 * either reaches its limit, that key is locked for a while and the server
 * answers 429 with Retry-After, without even checking the password.
 *
 * The per-account limit stops guessing one password from many addresses;
 * the per-address limit stops one address trying many accounts. The price of
 * account lockout: anyone who knows a username can keep that person locked
 * out. The lockout is short (minutes) for that reason, and an admin can lift it.
 *
 * Successful sign-ins are limited too, per account: each costs a password
 * check (64 MiB, a fraction of a second), so an account signing in over and
 * over would otherwise take the server's checks from everyone else. Past the
 * limit the account pauses briefly; other accounts are not affected.
 */

/** Counts events by key (failed sign-ins; successful ones under `successKey`) and holds locks. */
export interface ThrottleStore {
  /** Events recorded for `key` at or after `since`. */
  countFailures(key: string, since: Date): Promise<number>;
  recordFailure(key: string, at: Date): Promise<void>;
  /** Forgets the failures and the lock of `key` (after a good login, or an admin's unlock). */
  clear(key: string): Promise<void>;
  /** The end of `key`'s lock, or null; a past date means it has expired. */
  lockedUntil(key: string): Promise<Date | null>;
  lock(key: string, until: Date): Promise<void>;
}

export interface ThrottlePolicy {
  /** Length of the sliding window failures are counted in. */
  windowSeconds: number;
  /** Failures on one account, in the window, that lock it. */
  accountLimit: number;
  /** Failures from one address (or IPv6 /64), in the window, that lock it. */
  addressLimit: number;
  /** How long a lock lasts. */
  lockoutSeconds: number;
  /** Successful sign-ins of one account, within `successWindowSeconds`, after which it pauses. */
  successLimit: number;
  successWindowSeconds: number;
  /** How long the pause after too many successful sign-ins lasts. */
  successPauseSeconds: number;
}

export const DEFAULT_THROTTLE: Readonly<ThrottlePolicy> = Object.freeze({
  windowSeconds: 15 * 60,
  accountLimit: 5,
  addressLimit: 30,
  lockoutSeconds: 15 * 60,
  // A person signs in a few times a day; ten in ten minutes is a script.
  successLimit: 10,
  successWindowSeconds: 10 * 60,
  successPauseSeconds: 60,
});

/**
 * The store key counting an account's successful sign-ins: its own key, so
 * that clearing the account's failures after a good login leaves it alone.
 */
export function successKey(keys: ThrottleKeys): string {
  return `${keys.account}.ok`;
}

/** The store keys of one login attempt: opaque strings, e.g. blind indexes (see keys.ts). */
export interface ThrottleKeys {
  account: string;
  address: string;
}

export type ThrottleDecision =
  | { allowed: true }
  | {
      allowed: false;
      /** For the HTTP Retry-After header; at least 1. */
      retryAfterSeconds: number;
      /** Which limit applies; do not tell the client which (it would confirm the account exists). */
      scope: 'account' | 'address';
    };

/** Whether a login attempt may proceed now. Call before checking the password. */
export async function checkLogin(
  store: ThrottleStore,
  keys: ThrottleKeys,
  now: Date,
): Promise<ThrottleDecision> {
  const checks = [
    ['account', keys.account],
    ['address', keys.address],
    ['account', successKey(keys)],
  ] as const;
  for (const [scope, key] of checks) {
    const until = await store.lockedUntil(key);
    if (until && until.getTime() > now.getTime()) {
      return { allowed: false, retryAfterSeconds: secondsBetween(now, until), scope };
    }
  }
  return { allowed: true };
}

/**
 * Records a failed login (wrong password, wrong second factor, unknown
 * account alike) and locks a key that has reached its limit. Returns the
 * decision for the next attempt, so the failing response can already be 429.
 */
export async function recordLoginFailure(
  store: ThrottleStore,
  keys: ThrottleKeys,
  now: Date,
  policy: ThrottlePolicy = DEFAULT_THROTTLE,
): Promise<ThrottleDecision> {
  const since = new Date(now.getTime() - policy.windowSeconds * 1000);
  const limits = { account: policy.accountLimit, address: policy.addressLimit };
  for (const scope of ['account', 'address'] as const) {
    await store.recordFailure(keys[scope], now);
    if ((await store.countFailures(keys[scope], since)) >= limits[scope]) {
      await store.lock(keys[scope], new Date(now.getTime() + policy.lockoutSeconds * 1000));
    }
  }
  return checkLogin(store, keys, now);
}

/**
 * Records a successful login: the account's failures are forgotten (the
 * address's are not, or an attacker holding one account could reset the
 * counter between guesses at others), and the success is counted; past
 * `successLimit` in the window the account pauses for `successPauseSeconds`.
 */
export async function recordLoginSuccess(
  store: ThrottleStore,
  keys: ThrottleKeys,
  now: Date,
  policy: ThrottlePolicy = DEFAULT_THROTTLE,
): Promise<void> {
  await store.clear(keys.account);
  const key = successKey(keys);
  await store.recordFailure(key, now);
  const since = new Date(now.getTime() - policy.successWindowSeconds * 1000);
  if ((await store.countFailures(key, since)) >= policy.successLimit) {
    await store.lock(key, new Date(now.getTime() + policy.successPauseSeconds * 1000));
  }
}

function secondsBetween(from: Date, to: Date): number {
  return Math.max(1, Math.ceil((to.getTime() - from.getTime()) / 1000));
}
