/**
 * Row types of the tables of migration 0003 that the security repositories
 * use, written as `npm run db:types` will generate them into
 * src/store/db-types.ts (bigint as string, jsonb inserted as a JSON string).
 * Repositories take `Kysely<SecurityTables>`; a `Kysely<DB>` that has these
 * tables satisfies it, and `db.withTables<SecurityTables>()` adds them to one
 * that does not yet.
 */
import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';

type Json = ColumnType<unknown, string, string>;

export type AuditLogTable = {
  seq: string;
  at: Date;
  actor: string;
  action: string;
  target_kind: string | null;
  target_id: string | null;
  details: Json;
  prev_hash: string;
  hash: string;
  seal: string;
};

export type LoginAttemptTable = {
  id: Generated<string>;
  key: string;
  at: Date;
};

export type LoginLockTable = {
  key: string;
  until: Date;
};

export type SecurityTables = {
  audit_log: AuditLogTable;
  login_attempts: LoginAttemptTable;
  login_locks: LoginLockTable;
};

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
