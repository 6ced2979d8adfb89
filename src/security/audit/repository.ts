/**
 * The audit log in the database (table audit_log of migration 0003):
 * appending, reading in order, and verifying. Appends take a table lock
 * inside their transaction, so two processes appending at once cannot both
 * chain onto the same last entry and fork the log.
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Keyring } from '../crypto/keyring.ts';
import { type SecurityTables, securityDb } from '../tables.ts';
import { type AuditEntry, type AuditInput, buildEntry, GENESIS_HASH } from './entry.ts';
import { type AuditVerification, type VerifyChainOptions, verifyChain } from './verify-chain.ts';

export interface AppendAuditOptions {
  /** For the seal. */
  keyring: Keyring;
  now: () => Date;
}

/**
 * Appends one entry and returns it (its seq and hash can advance the anchor).
 * Pass a transaction as `db` to record the entry atomically with the change it
 * describes; the table lock is then held until that transaction ends.
 */
export async function appendAudit<T extends SecurityTables>(
  // Transaction<T> is listed so TypeScript infers T from a transaction too.
  db: Kysely<T> | Transaction<T>,
  input: AuditInput,
  options: AppendAuditOptions,
): Promise<AuditEntry> {
  const handle = securityDb(db);
  if (handle.isTransaction) return appendLocked(handle as Transaction<SecurityTables>, input, options);
  return handle.transaction().execute((trx) => appendLocked(trx, input, options));
}

/**
 * Appends several entries at once, chained in order, under one lock and in
 * one insert per batch: for a view of many records (a list of cases), where
 * an append per record would cost a lock and two queries each.
 */
export async function appendAuditMany<T extends SecurityTables>(
  db: Kysely<T> | Transaction<T>,
  inputs: readonly AuditInput[],
  options: AppendAuditOptions,
): Promise<AuditEntry[]> {
  if (inputs.length === 0) return [];
  const handle = securityDb(db);
  if (handle.isTransaction) return appendLockedMany(handle as Transaction<SecurityTables>, inputs, options);
  return handle.transaction().execute((trx) => appendLockedMany(trx, inputs, options));
}

async function appendLocked(
  trx: Transaction<SecurityTables>,
  input: AuditInput,
  options: AppendAuditOptions,
): Promise<AuditEntry> {
  const [entry] = await appendLockedMany(trx, [input], options);
  return entry as AuditEntry;
}

const INSERT_BATCH = 500;

async function appendLockedMany(
  trx: Transaction<SecurityTables>,
  inputs: readonly AuditInput[],
  options: AppendAuditOptions,
): Promise<AuditEntry[]> {
  // Conflicts with itself and with plain inserts, not with readers: appenders take turns.
  await sql`lock table audit_log in share row exclusive mode`.execute(trx);
  const last = await trx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  let seq = last ? Number(last.seq) : 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const at = options.now();
  const entries = inputs.map((input) => {
    const entry = buildEntry(options.keyring, input, { seq: ++seq, prevHash, at });
    prevHash = entry.hash;
    return entry;
  });
  for (let i = 0; i < entries.length; i += INSERT_BATCH) {
    await trx
      .insertInto('audit_log')
      .values(
        entries.slice(i, i + INSERT_BATCH).map((entry) => ({
          seq: String(entry.seq),
          at: entry.at,
          actor: entry.actor,
          action: entry.action,
          target_kind: entry.targetKind,
          target_id: entry.targetId,
          details: JSON.stringify(entry.details),
          prev_hash: entry.prevHash,
          hash: entry.hash,
          seal: entry.seal,
        })),
      )
      .execute();
  }
  return entries;
}

/** The entries in seq order, a batch at a time (keyset pagination: constant memory). */
export async function* readAuditBatches<T extends SecurityTables>(
  db: Kysely<T>,
  batchSize = 1000,
): AsyncGenerator<AuditEntry[]> {
  const handle = securityDb(db);
  let after = 0;
  for (;;) {
    const rows = await handle
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', String(after))
      .orderBy('seq')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return;
    const entries = rows.map(toEntry);
    yield entries;
    after = entries.at(-1)!.seq;
  }
}

/**
 * Verifies the whole log: `{ ok: true, entries, last }`, or the first bad
 * seq and why (edited, deleted, cut off, rewritten). Give the anchor kept
 * outside the database to detect a cut tail, and the keyring to check seals.
 */
export function verifyAudit<T extends SecurityTables>(
  db: Kysely<T>,
  options: VerifyChainOptions = {},
): Promise<AuditVerification> {
  return verifyChain(readAuditBatches(db), options);
}

type AuditRow = {
  seq: string | number | bigint;
  at: Date;
  actor: string;
  action: string;
  target_kind: string | null;
  target_id: string | null;
  details: unknown;
  prev_hash: string;
  hash: string;
  seal: string;
};

function toEntry(row: AuditRow): AuditEntry {
  // pg returns jsonb parsed; a driver returning text is handled too.
  const details = typeof row.details === 'string' ? JSON.parse(row.details) : row.details;
  return {
    seq: Number(row.seq),
    at: new Date(row.at),
    actor: row.actor,
    action: row.action,
    targetKind: row.target_kind,
    targetId: row.target_id,
    details: (details ?? {}) as AuditEntry['details'],
    prevHash: row.prev_hash,
    hash: row.hash,
    seal: row.seal,
  };
}
