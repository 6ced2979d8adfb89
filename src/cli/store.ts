/**
 * How CLI commands reach the store: they open it (taking the embedded
 * database's lock) for the length of the command. When a running `serve`
 * holds the lock, read commands go through its HTTP API instead and write
 * commands stop with a message saying so: the store is never opened twice.
 */
import type { Command } from 'commander';
import { type Config, ConfigError, loadConfig } from '../config/config.ts';
import { openStore, type Store, StoreError } from '../store/db.ts';
import { type LockInfo, readLock, StoreLockedError } from '../store/lock.ts';
import { ExitCode, type GlobalOptions, makeOutput, type Output } from './context.ts';

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
  let store: Store;
  try {
    store = await openStore(env.config.store, { command });
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

/** Fetches JSON from the local server holding the store. */
export async function fetchFromServer(
  holder: LockInfo,
  path: string,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`http://127.0.0.1:${holder.port}${path}`);
  return { status: response.status, body: await response.json() };
}
