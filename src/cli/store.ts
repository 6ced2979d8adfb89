/**
 * How CLI commands reach the store: they open it (taking the embedded
 * database's lock) for the length of the command. When a running `serve`
 * holds the lock, read commands go through its HTTP API instead and write
 * commands stop with a message saying so: the store is never opened twice.
 */
import type { Command } from 'commander';
import { type Config, ConfigError, loadConfig } from '../config/config.ts';
import type { Security } from '../security/services.ts';
import type { Store } from '../store/db.ts';
import { type LockInfo, readLock, StoreLockedError } from '../store/lock.ts';
import { ExitCode, type GlobalOptions, makeOutput, type Output } from './context.ts';

/** Performance mark set once a command has opened the store. */
export const STORE_OPEN_MARK = 'objector:store-open';

export interface CommandEnv {
  config: Config;
  out: Output;
  json: boolean;
}

/** The global options merged with the command's own. */
export function globals(command: Command): GlobalOptions {
  return command.optsWithGlobals() as GlobalOptions;
}

/** Builds config and output for a command; exits with a usage error on bad configuration. */
export function commandEnv(command: Command, overrides: { port?: number } = {}): CommandEnv {
  const g = globals(command);
  const out = makeOutput(!!g.json);
  try {
    return { config: loadConfig(process.env, { dataDir: g.data, ...overrides }), out, json: !!g.json };
  } catch (error) {
    if (error instanceof ConfigError) {
      out.error(error.message);
      process.exit(ExitCode.usage);
    }
    throw error;
  }
}

/** A running server that holds the embedded store, if any. */
export function runningServer(config: Config): LockInfo | null {
  if (config.store.kind !== 'pglite') return null;
  const holder = readLock(config.store.dataDir);
  return holder?.port ? holder : null;
}

/** Runs `fn` with the store open, closing it afterwards; store problems exit with a clear message. */
export async function withStore<T>(
  env: CommandEnv,
  command: string,
  fn: (store: Store) => Promise<T>,
): Promise<T> {
  // The database drivers, Kysely and the migrations load here: a read command answered by a running server never needs them.
  const { openStore, StoreError } = await import('../store/db.ts');
  let store: Store;
  try {
    // Only the server lives long enough for a large buffer cache to pay for zeroing it at start.
    store = await openStore(env.config.store, { command, longRunning: command === 'serve' });
    // Opening the store (the embedded database's start) is timed apart by bench/cli.
    performance.mark(STORE_OPEN_MARK);
  } catch (error) {
    if (error instanceof StoreLockedError || error instanceof StoreError) {
      env.out.error(error.message);
      process.exit(ExitCode.storeUnavailable);
    }
    env.out.error(`could not open the store: ${(error as Error).message}`);
    process.exit(ExitCode.storeUnavailable);
  }
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/**
 * Runs `fn` with the store open and its keys loaded and checked (a new store
 * gets a new key file); afterwards writes the audit anchor. Key problems exit
 * with the message, which never contains key material.
 */
export async function withSecureStore<T>(
  env: CommandEnv,
  command: string,
  fn: (store: Store, security: Security, info: { keyCreated: boolean }) => Promise<T>,
): Promise<T> {
  // Loaded here, not at start-up: commands that only read the store never need the keys' code.
  const [{ SecurityError }, { ensureStoreKey }, { createSecurity }] = await Promise.all([
    import('../security/errors.ts'),
    import('../security/keys/load.ts'),
    import('../security/services.ts'),
  ]);
  return withStore(env, command, async (store) => {
    let security: Security;
    let keyCreated = false;
    try {
      const loaded = await ensureStoreKey(store.db, env.config.security.key);
      keyCreated = loaded.created;
      security = createSecurity(store.db, {
        keyring: loaded.keyring,
        anchorPath: env.config.security.auditAnchorPath,
      });
    } catch (error) {
      if (!(error instanceof SecurityError)) throw error;
      env.out.error(error.message);
      await store.close();
      process.exit(ExitCode.storeUnavailable);
    }
    if (keyCreated && env.config.security.key.kind === 'file') {
      env.out.info(
        `created the key file ${env.config.security.key.path}: back it up offline; without it the encrypted data is lost`,
      );
    }
    try {
      return await fn(store, security, { keyCreated });
    } finally {
      await security.audit.saveAnchor(store.db).catch((error: Error) => {
        env.out.error(`the audit anchor was not updated: ${error.message}`);
      });
    }
  });
}

/** Stops with a clear message when `serve` holds the embedded store (for commands that need the store itself). */
export function refuseWhileServing(env: CommandEnv): void {
  const server = runningServer(env.config);
  if (!server) return;
  env.out.error(
    `the embedded database is held by \`objector serve\` (pid ${server.pid}); use the API or stop it first`,
  );
  process.exit(ExitCode.storeUnavailable);
}

/**
 * A request to the local server holding the store, with the short-lived local
 * token `serve` wrote into its lock file (mode 0600, readable only by the
 * same OS user; accepted from loopback only).
 */
export function serverFetch(holder: LockInfo, path: string, init: RequestInit = {}): Promise<Response> {
  const token = (holder as LockInfo & { token?: string }).token;
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  return fetch(`http://127.0.0.1:${holder.port}${path}`, { ...init, headers });
}

/** Fetches JSON from the local server holding the store. */
export async function fetchFromServer(
  holder: LockInfo,
  path: string,
): Promise<{ status: number; body: unknown }> {
  const response = await serverFetch(holder, path);
  return { status: response.status, body: await response.json() };
}
