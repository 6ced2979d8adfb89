/**
 * Security services for tests of the things security guards (case files,
 * notes): a fresh keyring, no audit anchor file, cheap argon2id (the
 * production cost is tested in passwords.test.ts), and the test's clock.
 */
import type { Kysely } from 'kysely';
import { generateKeyring } from '../../src/security/crypto/keyring.ts';
import { createSecurity, type Security } from '../../src/security/services.ts';
import type { DB } from '../../src/store/db-types.ts';

export const CHEAP_ARGON2 = Object.freeze({ memoryKiB: 1024, iterations: 1, parallelism: 1 });

export function createTestSecurity(db: Kysely<DB>, now: () => Date = () => new Date()): Security {
  return createSecurity(db, { keyring: generateKeyring(), anchorPath: null, argon2: CHEAP_ARGON2, now });
}
