/**
 * Files only their owner may read (mode 0600), written durably: the key file
 * and the audit anchor. A replacement goes through a temporary file and a
 * rename, so a crash leaves either the old file or the new one, never half.
 */
import { closeSync, constants, fchmodSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes `text` to `path` with mode 0600 and syncs it; `flag` adds e.g. O_EXCL or O_TRUNC. */
export function writePrivateFile(path: string, text: string, flag: number = constants.O_TRUNC): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | flag, 0o600);
  try {
    // A leftover file keeps its old mode through O_TRUNC: set it again.
    fchmodSync(fd, 0o600);
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Replaces `path` atomically with `text` (mode 0600), and syncs the folder so the rename lasts. */
export function replacePrivateFile(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writePrivateFile(temporary, text);
  renameSync(temporary, path);
  syncFolder(dirname(path));
}

function syncFolder(path: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
