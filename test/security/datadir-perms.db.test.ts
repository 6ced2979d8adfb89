/**
 * The embedded data folder is private: after opening, the folder and all it
 * holds are closed to group and others (PGlite itself writes 0666 files), a
 * file loosened in between is tightened again at the next start, and a folder
 * others can enter is refused with the command that fixes it.
 */
import { chmodSync, lstatSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirPermissionsError, prepareDataDir } from '../../src/store/data-dir.ts';
import { openStore } from '../../src/store/db.ts';

/** Paths under `dir` (itself included) whose group or other bits are set. */
function openToOthers(dir: string): string[] {
  const found: string[] = [];
  const walk = (path: string) => {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return;
    if ((stat.mode & 0o077) !== 0) found.push(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
  };
  walk(dir);
  return found;
}

const open = (dataDir: string) => openStore({ kind: 'pglite', dataDir }, { command: 'test' });

describe.skipIf(process.platform === 'win32')('the embedded data folder', () => {
  it('is private after opening, stays private, and a loose folder is refused', {
    timeout: 300_000,
  }, async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'objector-perms-')), 'data');
    const store = await open(dataDir);
    try {
      // While open: the folder, pgdata, the WAL and every relation file.
      expect(openToOthers(dataDir)).toEqual([]);
      expect(readdirSync(join(dataDir, 'pgdata')).length).toBeGreaterThan(5);
      await store.db.selectFrom('users').select('id').execute();
    } finally {
      await store.close();
    }
    expect(openToOthers(dataDir)).toEqual([]);
    expect(lstatSync(dataDir).mode & 0o777).toBe(0o700);

    // A file loosened behind our back (inside a private folder) is tightened at the next start.
    const walFolder = join(dataDir, 'pgdata', 'pg_wal');
    const wal = readdirSync(walFolder).find((name) => /^[0-9A-F]{24}$/.test(name));
    expect(wal).toBeDefined();
    chmodSync(join(walFolder, wal!), 0o666);
    writeFileSync(join(dataDir, 'stray-note'), 'x', { mode: 0o644 });
    chmodSync(join(dataDir, 'stray-note'), 0o644);
    const again = await open(dataDir);
    expect(openToOthers(dataDir)).toEqual([]);
    await again.close();

    // A folder others can enter is refused, saying how to fix it; nothing is opened or locked.
    chmodSync(dataDir, 0o755);
    const refused = await open(dataDir).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(DataDirPermissionsError);
    expect((refused as DataDirPermissionsError).code).toBe('data_dir_permissions');
    expect((refused as Error).message).toContain(`chmod -R go-rwx ${dataDir}`);
    expect(readdirSync(dataDir)).not.toContain('objector.lock');
    // A loose pgdata inside a private folder is refused too.
    chmodSync(dataDir, 0o700);
    chmodSync(join(dataDir, 'pgdata'), 0o750);
    await expect(open(dataDir)).rejects.toThrow(/chmod -R go-rwx/);
  });

  it('creates a missing folder private, whatever the umask', () => {
    const parent = mkdtempSync(join(tmpdir(), 'objector-perms-'));
    const previous = process.umask(0);
    try {
      prepareDataDir(join(parent, 'fresh'));
    } finally {
      process.umask(previous);
    }
    expect(lstatSync(join(parent, 'fresh')).mode & 0o777).toBe(0o700);
  });
});
