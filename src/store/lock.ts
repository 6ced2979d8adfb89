/**
 * The embedded database may be open in one process at a time: PGlite keeps its
 * files in one folder and two processes writing them would corrupt the store.
 * A lock file in the data folder says who holds it (pid, command, port), so a
 * second process can stop with a message saying so, or talk to the server.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export interface LockInfo {
  pid: number;
  command: string;
  /** Set by `serve`: where the holder answers HTTP. */
  port?: number;
  startedAt: string;
}

export class StoreLockedError extends Error {
  readonly code = 'store_locked';
  constructor(
    readonly dataDir: string,
    readonly holder: LockInfo,
  ) {
    super(
      `the embedded database in ${dataDir} is in use by \`objector ${holder.command}\` (pid ${holder.pid}` +
        `${holder.port ? `, serving on port ${holder.port}` : ''}); ` +
        'stop that process first, or use the running server',
    );
  }
}

export interface StoreLock {
  readonly path: string;
  /** Records the port the holder serves on, so other processes can reach it. */
  setPort(port: number): void;
  release(): void;
}

const LOCK_FILE = 'objector.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Reads the lock of a data folder; null when free or held by a process that no longer runs. */
export function readLock(dataDir: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as LockInfo;
    return isAlive(info.pid) && info.pid !== process.pid ? info : null;
  } catch {
    return null;
  }
}

/** Takes the lock atomically (O_EXCL), clearing a stale one left by a killed process. */
export function acquireLock(dataDir: string, command: string): StoreLock {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, LOCK_FILE);
  const info: LockInfo = { pid: process.pid, command, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      return makeHandle(path, info);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLock(dataDir);
      if (holder) throw new StoreLockedError(dataDir, holder);
      rmSync(path, { force: true });
    }
  }
  throw new Error(`could not take the lock ${path}`);
}

function makeHandle(path: string, info: LockInfo): StoreLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    rmSync(path, { force: true });
    process.off('exit', release);
  };
  process.on('exit', release);
  return {
    path,
    setPort(port) {
      info.port = port;
      const fd = openSync(path, 'w', 0o600);
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
    },
    release,
  };
}
