/**
 * The audit log as the application uses it: one object bound to the keyring,
 * the clock and the anchor file. `record` appends inside the caller's
 * transaction (so an entry exists exactly when its change does); `saveAnchor`
 * copies the log's last seq and hash outside the database. The anchor is
 * written after commit, never inside a transaction that could still roll back
 * (an anchor pointing past the log would read as a cut tail).
 */
import { rmSync } from 'node:fs';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../store/db-types.ts';
import type { Keyring } from '../crypto/keyring.ts';
import { SecurityError } from '../errors.ts';
import { forged, readAuditAnchor, writeAuditAnchor } from './anchor.ts';
import type { AuditEntry, AuditInput } from './entry.ts';
import { appendAudit, appendAuditMany, verifyAudit } from './repository.ts';
import type { AnchorStatus, AuditVerification } from './verify-chain.ts';

export interface Auditor {
  record(db: Kysely<DB> | Transaction<DB>, input: AuditInput): Promise<AuditEntry>;
  /** Several entries at once, in order (one lock, one insert): a view of many records. */
  recordMany(db: Kysely<DB> | Transaction<DB>, inputs: readonly AuditInput[]): Promise<AuditEntry[]>;
  /**
   * Writes the anchor for the log as it is now; a no-op on an empty log.
   * Refuses (audit_anchor_invalid) when the entry the old anchor names is
   * gone or different, or the old anchor's MAC does not hold: moving the
   * anchor then would bless a rewritten log. A missing anchor file is
   * written anew only for a log that never had one (no `anchor_created`
   * entry), or with `renew` (the anchor is started over, after a person has
   * verified the log or restored a backup): otherwise
   * deleting the file and cutting the tail would pass unnoticed.
   */
  saveAnchor(db: Kysely<DB>, options?: { renew?: boolean }): Promise<void>;
  /** Verifies the chain, its seals and the anchor; an ok result says how far the anchor vouches (`anchor`). */
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
    async saveAnchor(db, saveOptions) {
      if (!options.anchorPath) return;
      // Renewing starts over: whatever anchor was there vouched for a log a person has replaced or checked.
      if (saveOptions?.renew) rmSync(options.anchorPath, { force: true });
      const state = readAuditAnchor(options.anchorPath, options.keyring);
      if (state.kind === 'forged') throw forged(options.anchorPath);
      if (state.kind !== 'missing') {
        const previous = state.anchor;
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
      let last = await lastEntry(db);
      if (last && state.kind === 'missing') {
        const hadAnchor = await db
          .selectFrom('audit_log')
          .select('seq')
          .where('action', '=', 'anchor_created')
          .limit(1)
          .executeTakeFirst();
        if (hadAnchor && !saveOptions?.renew) throw anchorDeleted(options.anchorPath);
        await appendAudit(db, { actor: 'system', action: 'anchor_created' }, appendOptions);
        last = await lastEntry(db);
      }
      if (last) {
        writeAuditAnchor(options.anchorPath, { seq: Number(last.seq), hash: last.hash }, options.keyring);
      }
    },
    async verify(db) {
      if (!options.anchorPath) {
        const result = await verifyAudit(db, { keyring: options.keyring, anchor: null });
        return result.ok ? { ...result, anchor: 'not_kept' } : result;
      }
      const state = readAuditAnchor(options.anchorPath, options.keyring);
      const anchor = state.kind === 'valid' || state.kind === 'unsigned' ? state.anchor : null;
      const result = await verifyAudit(db, { keyring: options.keyring, anchor });
      if (!result.ok) return result;
      // The chain itself is sound; now say how far its end can be trusted.
      if (state.kind === 'forged') {
        return { ok: false, firstBad: 0, reason: 'anchor_forged', entriesChecked: result.entries };
      }
      return { ...result, anchor: anchorStatus(state.kind, result.entries) };
    },
  };
}

function anchorStatus(kind: 'missing' | 'valid' | 'unsigned', entries: number): AnchorStatus {
  if (kind === 'valid') return 'verified';
  if (kind === 'unsigned') return 'unsigned';
  return entries === 0 ? 'not_needed' : 'missing';
}

async function lastEntry(db: Kysely<DB>): Promise<{ seq: string; hash: string } | undefined> {
  return db
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The anchor file of a log that had one is gone: someone may have cut the log's tail. */
function anchorDeleted(path: string): SecurityError {
  return new SecurityError(
    'audit_anchor_invalid',
    `the audit anchor ${path} is missing, although this log had one: a cut-off tail would go unnoticed; ` +
      'restore the anchor from a copy and run `objector audit verify`, or, once the log is checked, ' +
      'start a new anchor with `objector audit verify --new-anchor`',
    { expected: false },
  );
}
