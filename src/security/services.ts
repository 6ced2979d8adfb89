/**
 * What the use cases of accounts, notes and the audit log need, built once per
 * process: the keyring, the audit log, the login throttle and the clock.
 * The composition roots (server app, CLI commands) make one and pass it down.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../store/db-types.ts';
import { type Auditor, createAuditor } from './audit/auditor.ts';
import type { Keyring } from './crypto/keyring.ts';
import { type Argon2Params, DEFAULT_ARGON2 } from './passwords.ts';
import { createKyselyThrottleStore } from './throttle/kysely-store.ts';
import { DEFAULT_THROTTLE, type ThrottlePolicy, type ThrottleStore } from './throttle/throttle.ts';

export interface Security {
  readonly keyring: Keyring;
  readonly audit: Auditor;
  readonly throttle: ThrottleStore;
  readonly throttlePolicy: ThrottlePolicy;
  readonly now: () => Date;
  /** Password hashing cost; DEFAULT_ARGON2 except in tests of other things. */
  readonly argon2: Argon2Params;
}

export interface SecurityOptions {
  keyring: Keyring;
  /** Null keeps no anchor file (tests that do not look at the anchor). */
  anchorPath: string | null;
  now?: () => Date;
  throttlePolicy?: ThrottlePolicy;
  argon2?: Argon2Params;
}

export function createSecurity(db: Kysely<DB>, options: SecurityOptions): Security {
  const now = options.now ?? (() => new Date());
  return Object.freeze({
    keyring: options.keyring,
    audit: createAuditor({ keyring: options.keyring, now, anchorPath: options.anchorPath }),
    throttle: createKyselyThrottleStore(db),
    throttlePolicy: options.throttlePolicy ?? DEFAULT_THROTTLE,
    now,
    argon2: options.argon2 ?? DEFAULT_ARGON2,
  });
}
