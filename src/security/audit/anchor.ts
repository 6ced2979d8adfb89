/**
 * The audit anchor: the last seq and hash of the log, kept in a file outside
 * the database (next to the key file). Someone who can only change the
 * database can cut the log's tail without breaking a single link; the anchor
 * says how long the log was and how it ended when it was last written.
 * It carries a MAC under the audit key (from the key file), so an anchor
 * written by anyone without the key file, e.g. to match a cut log, is told
 * apart from ours. Write it often (e.g. every few minutes and at shutdown),
 * and copy it off-site: an anchor on the same disk falls with the disk.
 */
import { timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { deriveMacKey, type Keyring } from '../crypto/keyring.ts';
import { SecurityError } from '../errors.ts';
import { replacePrivateFile } from '../private-file.ts';
import type { AuditAnchor } from './verify-chain.ts';

/**
 * What the anchor file says: nothing (`missing`), a MAC'd anchor (`valid`),
 * an anchor without a MAC as older versions wrote it (`unsigned`: usable, but
 * anyone could have written it), or one whose MAC is wrong (`forged`, or
 * from another key file).
 */
export type AnchorState =
  | { kind: 'missing' }
  | { kind: 'valid'; anchor: AuditAnchor }
  | { kind: 'unsigned'; anchor: AuditAnchor }
  | { kind: 'forged'; anchor: AuditAnchor };

/** HMAC-SHA-256 of the anchor under a key derived for this purpose only. */
export function anchorMac(keyring: Keyring, anchor: AuditAnchor): string {
  const key = deriveMacKey(keyring, 'audit-anchor');
  return bytesToHex(hmac(sha256, key, utf8ToBytes(`audit anchor v1:${anchor.seq}:${anchor.hash}`)));
}

/** The anchor at `path` and whether its MAC holds; throws `audit_anchor_invalid` when unreadable or malformed. */
export function readAuditAnchor(path: string, keyring: Keyring): AnchorState {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw new SecurityError('audit_anchor_invalid', `the audit anchor ${path} cannot be read`, {
      cause: error,
    });
  }
  const parsed = parse(text);
  if (!parsed) throw new SecurityError('audit_anchor_invalid', `the audit anchor ${path} is malformed`);
  const anchor = { seq: parsed.seq, hash: parsed.hash };
  if (parsed.mac === undefined) return { kind: 'unsigned', anchor };
  const expected = Buffer.from(anchorMac(keyring, anchor), 'hex');
  const given = Buffer.from(parsed.mac, 'hex');
  const same = given.length === expected.length && timingSafeEqual(given, expected);
  return same ? { kind: 'valid', anchor } : { kind: 'forged', anchor };
}

/**
 * Writes the anchor with its MAC, atomically (temporary file, then rename).
 * Refuses to move it backwards (a log shorter than its anchor has lost
 * entries, and that must be looked into, not papered over) and to replace a
 * forged one (someone without the key file wrote it: find out who first).
 */
export function writeAuditAnchor(path: string, anchor: AuditAnchor, keyring: Keyring): void {
  const previous = readAuditAnchor(path, keyring);
  if (previous.kind === 'forged') throw forged(path);
  if (previous.kind !== 'missing' && previous.anchor.seq > anchor.seq) {
    throw new SecurityError(
      'audit_anchor_invalid',
      `the audit log ends at entry ${anchor.seq} but the anchor says ${previous.anchor.seq}: entries were removed; run the audit verification`,
      { expected: false },
    );
  }
  const mac = anchorMac(keyring, anchor);
  replacePrivateFile(path, `${JSON.stringify({ seq: anchor.seq, hash: anchor.hash, mac })}\n`);
}

/** The error for an anchor whose MAC does not hold. */
export function forged(path: string): SecurityError {
  return new SecurityError(
    'audit_anchor_invalid',
    `the audit anchor ${path} was not written with this key file (forged, or from another store); ` +
      'run `objector audit verify`, and compare with an off-site copy of the anchor',
    { expected: false },
  );
}

function parse(text: string): { seq: number; hash: string; mac?: string } | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const anchor = json as { seq?: unknown; hash?: unknown; mac?: unknown } | null;
  if (!anchor || typeof anchor !== 'object') return null;
  const { seq, hash, mac } = anchor;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return null;
  if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) return null;
  if (mac === undefined) return { seq, hash };
  // A MAC of the wrong shape is a wrong MAC: reported as forged, not as a damaged file.
  return { seq, hash, mac: typeof mac === 'string' && /^[0-9a-f]{64}$/.test(mac) ? mac : '' };
}
