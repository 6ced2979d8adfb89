/**
 * The audit log as the application uses it: one object bound to the keyring,
 * the clock and the anchor file. `record` appends inside the caller's
 * transaction (so an entry exists exactly when its change does); `saveAnchor`
 * copies the log's last seq and hash outside the database. The anchor is
 * written after commit, never inside a transaction that could still roll back
 * (an anchor pointing past the log would read as a cut tail).
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../store/db-types.ts';
import type { Keyring } from '../crypto/keyring.ts';
import { SecurityError } from '../errors.ts';
import { readAuditAnchor, writeAuditAnchor } from './anchor.ts';
import type { AuditEntry, AuditInput } from './entry.ts';
import { appendAudit, appendAuditMany, verifyAudit } from './repository.ts';
import type { AuditVerification } from './verify-chain.ts';

export interface Auditor {
  record(db: Kysely<DB> | Transaction<DB>, input: AuditInput): Promise<AuditEntry>;
  /** Several entries at once, in order (one lock, one insert): a view of many records. */
  recordMany(db: Kysely<DB> | Transaction<DB>, inputs: readonly AuditInput[]): Promise<AuditEntry[]>;
  /**
   * Writes the anchor for the log as it is now; a no-op on an empty log.
   * Refuses (audit_anchor_invalid) when the entry the old anchor names is
   * gone or different: moving the anchor then would bless a rewritten log.
   */
  saveAnchor(db: Kysely<DB>): Promise<void>;
  verify(db: Kysely<DB>): Promise<AuditVerification>;
}

export interface AuditorOptions {
  keyring: Keyring;
  now: () => Date;
  /** Where the anchor is kept; null keeps none (tests of other things). */
  anchorPath: string | null;
}

export function createAuditor(options: AuditorOptions): Auditor {
  const appendOptions = { keyring: options.keyring, now: options.now };
  return {
    record: (db, input) => appendAudit(db, input, appendOptions),
    recordMany: (db, inputs) => appendAuditMany(db, inputs, appendOptions),
    async saveAnchor(db) {
      if (!options.anchorPath) return;
      const previous = readAuditAnchor(options.anchorPath);
      if (previous) {
        const row = await db
          .selectFrom('audit_log')
          .select('hash')
          .where('seq', '=', String(previous.seq))
          .executeTakeFirst();
        if (row?.hash !== previous.hash) {
          throw new SecurityError(
            'audit_anchor_invalid',
            `the audit log no longer holds entry ${previous.seq} as anchored; run \`objector audit verify\``,
            { expected: false },
          );
        }
      }
      const last = await db
        .selectFrom('audit_log')
        .select(['seq', 'hash'])
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (last) writeAuditAnchor(options.anchorPath, { seq: Number(last.seq), hash: last.hash });
    },
    verify(db) {
      const anchor = options.anchorPath ? readAuditAnchor(options.anchorPath) : null;
      return verifyAudit(db, { keyring: options.keyring, anchor });
    },
  };
}
