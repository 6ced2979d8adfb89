/**
 * Audit entries and their hashes (pure). Each entry's hash is SHA-256 over a
 * canonical serialisation of the entry including the previous entry's hash,
 * so changing, removing or reordering any entry breaks every later link.
 * The seal, an HMAC of the hash under a key kept outside the database, stops
 * someone who can write to the database from recomputing a consistent chain.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { deriveMacKey, type Keyring } from '../crypto/keyring.ts';
import { SecurityError } from '../errors.ts';

export const AUDIT_ACTIONS = [
  'view',
  'create',
  'update',
  'delete',
  'export',
  'review',
  'merge',
  'publish',
  'login',
  'login_failed',
  'logout',
  'permission_denied',
  'password_changed',
  'totp_enabled',
  'totp_disabled',
  'keys_rotated',
  // Case files: an identity check (answer right or wrong), a PFIF import.
  'challenge_check',
  'import',
  // The first anchor of this log: once written, a missing anchor file means a deleted one.
  'anchor_created',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Small facts about the action (a field name, a count, a new state): never
 * names, free text or document content. Values are short scalars so nothing
 * sensitive can be pasted in by accident.
 */
export type AuditDetails = Readonly<Record<string, string | number | boolean | null>>;

export interface AuditInput {
  /** A user id, or 'system' for jobs, or 'anonymous'. Never a typed username (it may be a password typed in the wrong box). */
  actor: string;
  action: AuditAction;
  /** What was acted on: a resource name ('persons', 'cases', ...) and the record's id. */
  targetKind?: string | null;
  targetId?: string | null;
  details?: AuditDetails;
}

export interface AuditEntry {
  seq: number;
  at: Date;
  actor: string;
  action: string;
  targetKind: string | null;
  targetId: string | null;
  details: AuditDetails;
  prevHash: string;
  hash: string;
  seal: string;
}

/** The prevHash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

const MAX_DETAIL_KEYS = 20;
const MAX_DETAIL_STRING = 120;
const MAX_ID = 200;

/** Throws `audit_entry_invalid` when the input could carry more than short facts. */
export function checkAuditInput(input: AuditInput): void {
  const bad = (why: string) =>
    new SecurityError('audit_entry_invalid', `audit entry refused: ${why}`, { expected: false });
  if (!(AUDIT_ACTIONS as readonly string[]).includes(input.action)) throw bad('unknown action');
  for (const value of [input.actor, input.targetKind, input.targetId]) {
    if (typeof value === 'string' && (value.length > MAX_ID || value.includes('\u0000')))
      throw bad('an id is too long');
  }
  if (!input.actor) throw bad('no actor');
  const entries = Object.entries(input.details ?? {});
  if (entries.length > MAX_DETAIL_KEYS) throw bad(`more than ${MAX_DETAIL_KEYS} details`);
  for (const [key, value] of entries) {
    if (!/^[a-z][a-z0-9_]{0,39}$/.test(key)) throw bad('a detail key is not a short snake_case name');
    if (typeof value === 'string' && (value.length > MAX_DETAIL_STRING || value.includes('\u0000'))) {
      throw bad(
        `a detail is longer than ${MAX_DETAIL_STRING} characters; details are for short facts, not content`,
      );
    }
    if (typeof value === 'number' && !Number.isSafeInteger(value))
      throw bad('a detail number is not an integer');
    if (value !== null && !['string', 'number', 'boolean'].includes(typeof value))
      throw bad('a detail is not a scalar');
  }
}

/** The exact bytes hashed: a JSON array in fixed order, details as key-sorted pairs. */
export function canonicalEntry(entry: Omit<AuditEntry, 'hash' | 'seal'>): string {
  const details = Object.entries(entry.details).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([
    'objector-audit-v1',
    entry.seq,
    entry.at.toISOString(),
    entry.actor,
    entry.action,
    entry.targetKind,
    entry.targetId,
    details,
    entry.prevHash,
  ]);
}

/** SHA-256 of the canonical entry, hex. */
export function hashEntry(entry: Omit<AuditEntry, 'hash' | 'seal'>): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalEntry(entry))));
}

/** HMAC-SHA256 of an entry hash under the keyring's audit key, hex. */
export function sealHash(keyring: Keyring, hash: string): string {
  return bytesToHex(hmac(sha256, deriveMacKey(keyring, 'audit-seal'), utf8ToBytes(hash)));
}

/** A complete entry: hash and seal computed. */
export function buildEntry(
  keyring: Keyring,
  input: AuditInput,
  position: { seq: number; prevHash: string; at: Date },
): AuditEntry {
  checkAuditInput(input);
  const unsealed = {
    seq: position.seq,
    at: position.at,
    actor: input.actor,
    action: input.action,
    targetKind: input.targetKind ?? null,
    targetId: input.targetId ?? null,
    details: { ...(input.details ?? {}) },
    prevHash: position.prevHash,
  };
  const hash = hashEntry(unsealed);
  return { ...unsealed, hash, seal: sealHash(keyring, hash) };
}
