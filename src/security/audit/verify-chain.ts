/**
 * Checking an audit chain (pure over a stream of entries in seq order): the
 * first entry that is not what the chain says it should be is named, with
 * the reason. Reading the entries out of the database is repository.ts's job.
 */
import type { Keyring } from '../crypto/keyring.ts';
import { type AuditEntry, GENESIS_HASH, hashEntry, sealHash } from './entry.ts';

/** The last entry known from outside the database (see anchor.ts). */
export interface AuditAnchor {
  seq: number;
  hash: string;
}

export type AuditFailureReason =
  /** An entry's content no longer matches its hash: it was edited. */
  | 'altered'
  /** One or more entries are missing before this seq: deleted. */
  | 'missing'
  /** An entry does not point at the hash of the one before: removed, reordered or rewritten. */
  | 'broken_link'
  /** The hash is consistent but its seal is not: the chain was recomputed without the key. */
  | 'bad_seal'
  /** The log ends before the anchor's entry: its tail was cut off. */
  | 'truncated'
  /** The entry the anchor names has another hash: the chain was rewritten up to there. */
  | 'anchor_mismatch'
  /** The anchor's MAC does not hold: written without the key file (firstBad is 0: the anchor itself). */
  | 'anchor_forged';

/**
 * How far the anchor vouches for the log's end: `verified` (MAC'd anchor
 * matched), `missing` (a non-empty log without an anchor: a cut tail would
 * pass unseen), `unsigned` (an anchor without MAC, as older versions wrote
 * it: anyone could have written it), `not_needed` (empty log, no anchor),
 * `not_kept` (this process keeps no anchor file).
 */
export type AnchorStatus = 'verified' | 'missing' | 'unsigned' | 'not_needed' | 'not_kept';

export type AuditVerification =
  | { ok: true; entries: number; last: AuditAnchor | null; anchor?: AnchorStatus }
  | { ok: false; firstBad: number; reason: AuditFailureReason; entriesChecked: number };

export interface VerifyChainOptions {
  /** The last seq and hash recorded outside the database; detects a cut tail. */
  anchor?: AuditAnchor | null;
  /** Checks seals too. Without it anyone can verify the links, but not who made them. */
  keyring?: Keyring | null;
}

/** Verifies entries given in ascending seq order, in batches (so a long log need not fit in memory). */
export async function verifyChain(
  batches: AsyncIterable<readonly AuditEntry[]>,
  options: VerifyChainOptions = {},
): Promise<AuditVerification> {
  const anchor = options.anchor ?? null;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for await (const batch of batches) {
    for (const entry of batch) {
      const reason = checkEntry(entry, expectedSeq, prevHash, options.keyring ?? null);
      if (reason)
        return {
          ok: false,
          firstBad: reason === 'missing' ? expectedSeq : entry.seq,
          reason,
          entriesChecked: checked,
        };
      if (anchor && entry.seq === anchor.seq && entry.hash !== anchor.hash) {
        return { ok: false, firstBad: entry.seq, reason: 'anchor_mismatch', entriesChecked: checked };
      }
      checked++;
      expectedSeq = entry.seq + 1;
      prevHash = entry.hash;
    }
  }
  if (anchor && anchor.seq >= expectedSeq) {
    return { ok: false, firstBad: expectedSeq, reason: 'truncated', entriesChecked: checked };
  }
  return {
    ok: true,
    entries: checked,
    last: checked === 0 ? null : { seq: expectedSeq - 1, hash: prevHash },
  };
}

function checkEntry(
  entry: AuditEntry,
  expectedSeq: number,
  prevHash: string,
  keyring: Keyring | null,
): AuditFailureReason | null {
  if (entry.seq !== expectedSeq) return 'missing';
  if (hashEntry(entry) !== entry.hash) return 'altered';
  if (entry.prevHash !== prevHash) return 'broken_link';
  if (keyring && sealHash(keyring, entry.hash) !== entry.seal) return 'bad_seal';
  return null;
}
