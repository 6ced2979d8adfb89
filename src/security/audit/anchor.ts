/**
 * The audit anchor: the last seq and hash of the log, kept in a file outside
 * the database (next to the key file). Someone who can only change the
 * database can cut the log's tail without breaking a single link; the anchor
 * says how long the log was and how it ended when it was last written.
 * Write it often (e.g. every few minutes and at shutdown), and copy it
 * off-site: an anchor on the same disk falls with the disk.
 */
import { readFileSync } from 'node:fs';
import { SecurityError } from '../errors.ts';
import { replacePrivateFile } from '../private-file.ts';
import type { AuditAnchor } from './verify-chain.ts';

/** The anchor at `path`, or null when there is none yet. */
export function readAuditAnchor(path: string): AuditAnchor | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SecurityError('audit_anchor_invalid', `the audit anchor ${path} cannot be read`, {
      cause: error,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  const anchor = json as Partial<AuditAnchor> | null;
  if (
    !anchor ||
    !Number.isSafeInteger(anchor.seq) ||
    typeof anchor.hash !== 'string' ||
    !/^[0-9a-f]{64}$/.test(anchor.hash)
  ) {
    throw new SecurityError('audit_anchor_invalid', `the audit anchor ${path} is malformed`);
  }
  return { seq: anchor.seq as number, hash: anchor.hash };
}

/**
 * Writes the anchor atomically (temporary file, then rename). Refuses to move
 * it backwards: a log shorter than its anchor has lost entries, and that must
 * be looked into, not papered over.
 */
export function writeAuditAnchor(path: string, anchor: AuditAnchor): void {
  const previous = readAuditAnchor(path);
  if (previous && previous.seq > anchor.seq) {
    throw new SecurityError(
      'audit_anchor_invalid',
      `the audit log ends at entry ${anchor.seq} but the anchor says ${previous.seq}: entries were removed; run the audit verification`,
      { expected: false },
    );
  }
  replacePrivateFile(path, `${JSON.stringify({ seq: anchor.seq, hash: anchor.hash })}\n`);
}
