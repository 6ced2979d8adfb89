/**
 * A fresh, migrated store for one test file: embedded PGlite in memory by
 * default; when DATABASE_URL is set, a throwaway database created on that
 * PostgreSQL server and dropped afterwards, so the suite runs on both.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/db.ts';

export interface TestStore extends Store {
  /** Closes the store and drops its throwaway database. */
  dispose(): Promise<void>;
}

export const testBackend = process.env.DATABASE_URL ? 'postgres' : 'pglite';

export async function createTestStore(): Promise<TestStore> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const store = await openStore({ kind: 'pglite', dataDir: 'memory://' }, { command: 'test' });
    return { ...store, dispose: () => store.close() };
  }
  const name = `objector_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const store = await openStore({ kind: 'postgres', url: url.toString() }, { command: 'test' });
  return {
    ...store,
    async dispose() {
      await store.close();
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export interface TestStoreEnv {
  /** Environment for a child `objector` process: its own embedded data folder, or its own server database. */
  env: NodeJS.ProcessEnv;
  dispose(): Promise<void>;
}

/** A fresh, empty store for CLI processes spawned by a test. */
export async function createTestStoreEnv(dataDir: string): Promise<TestStoreEnv> {
  const serverUrl = process.env.DATABASE_URL;
  const base: NodeJS.ProcessEnv = { ...process.env, OBJECTOR_DATA: dataDir };
  if (!serverUrl) {
    delete base.DATABASE_URL;
    return { env: base, dispose: async () => {} };
  }
  const name = `objector_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { ...base, DATABASE_URL: url.toString() },
    dispose: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`),
  };
}
