/**
 * The embedded database's data folder is private to its owner: the folder and
 * every folder in it mode 0700, every file 0600. PGlite writes its files as
 * 0666 whatever the umask, and those files hold the password hashes and
 * usernames, so the modes are set again after PGlite opens and when it
 * closes. A folder that group or others can enter is refused, as ssh refuses
 * a private key others can read: something already had the chance to read it.
 */
import { chmodSync, lstatSync, mkdirSync, readdirSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/** A data folder other users of the machine can read or enter. */
export class DataDirPermissionsError extends Error {
  override readonly name = 'DataDirPermissionsError';
  readonly code = 'data_dir_permissions';
  constructor(readonly dataDir: string) {
    super(
      `the data folder ${dataDir} can be read or changed by other users of this machine; ` +
        `run \`chmod -R go-rwx ${dataDir}\`, then start again`,
    );
  }
}

/** Modes only make sense on POSIX; on Windows the folder's ACL protects it. */
const POSIX = process.platform !== 'win32';

/**
 * Creates `dataDir` (mode 0700) when missing; refuses it (DataDirPermissionsError)
 * when it, or the database folder `pgdata` in it, is open to group or others.
 */
export function prepareDataDir(dataDir: string): void {
  const existing = statOrNull(dataDir);
  if (!existing) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (POSIX) chmodSync(dataDir, 0o700);
    return;
  }
  if (!POSIX) return;
  for (const path of [dataDir, join(dataDir, 'pgdata')]) {
    const stat = statOrNull(path);
    if (stat?.isDirectory() && (stat.mode & 0o077) !== 0) throw new DataDirPermissionsError(dataDir);
  }
}

/**
 * Takes group and other permissions off everything under `dataDir` (PGlite's
 * folders become 0700, its files 0600); symbolic links are neither followed
 * nor changed.
 * Returns how many entries it had to change.
 */
export function tightenDataDir(dataDir: string): number {
  if (!POSIX) return 0;
  return tighten(dataDir, lstatSync(dataDir));
}

function tighten(path: string, stat: Stats): number {
  if (stat.isSymbolicLink()) return 0;
  let changed = 0;
  // Only group and other bits go: the owner's stay as PGlite set them.
  if ((stat.mode & 0o077) !== 0) {
    chmodSync(path, stat.mode & 0o700);
    changed++;
  }
  if (!stat.isDirectory()) return changed;
  for (const name of readdirSync(path)) {
    const child = join(path, name);
    const childStat = statOrNull(child);
    // A file PGlite removed between readdir and lstat is no concern.
    if (childStat) changed += tighten(child, childStat);
  }
  return changed;
}

function statOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
