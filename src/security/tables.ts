/**
 * The tables the security repositories use, as generated from migration 0003
 * into src/store/db-types.ts. Repositories take `Kysely<T extends
 * SecurityTables>`, so they work on the application's `Kysely<DB>`.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../store/db-types.ts';

export type SecurityTables = Pick<DB, 'audit_log' | 'login_attempts' | 'login_locks'>;

/**
 * The same handle, typed for the security tables only. Kysely's type is
 * invariant in its schema (transaction callbacks receive it), so a
 * `Kysely<DB>` with more tables is not assignable to `Kysely<SecurityTables>`
 * although every query on the subset is valid on it: this is the one cast
 * that says so. Repositories accept `Kysely<T extends SecurityTables>`.
 */
export function securityDb<T extends SecurityTables>(db: Kysely<T> | Transaction<T>): Kysely<SecurityTables> {
  return db as unknown as Kysely<SecurityTables>;
}
