/**
 * Opens the store: the embedded PGlite database in a folder by default, or a
 * PostgreSQL server when DATABASE_URL is set, behind the same Kysely API, and
 * brings its schema up to date with the migrations.
 */
import type { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import { describeStore, type StoreConfig } from '../config/config.ts';
import { prepareDataDir, tightenDataDir } from './data-dir.ts';
import type { DB } from './db-types.ts';
import { acquireLock, type StoreLock } from './lock.ts';
import { migrationProvider } from './migrations/index.ts';
import { PGliteDialect } from './pglite-dialect.ts';

export interface Store {
  readonly db: Kysely<DB>;
  readonly kind: StoreConfig['kind'];
  /** Safe to print: no password. */
  readonly description: string;
  /** The data-folder lock, for the embedded database on disk. */
  readonly lock: StoreLock | null;
  close(): Promise<void>;
}

export class StoreError extends Error {
  readonly code = 'store_unavailable';
}

export interface OpenOptions {
  /** Name of the command opening the store, recorded in the lock file. */
  command: string;
}

/** Opens the configured store and migrates it. `dataDir: 'memory://'` gives a throwaway embedded store. */
export async function openStore(config: StoreConfig, options: OpenOptions): Promise<Store> {
  const store =
    config.kind === 'pglite' ? await openPGlite(config.dataDir, options) : await openPostgres(config.url);
  try {
    await migrate(store.db);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

async function openPGlite(dataDir: string, options: OpenOptions): Promise<Store> {
  const inMemory = dataDir.startsWith('memory://');
  // Refused before the lock file is written: a folder others can enter is not used at all.
  if (!inMemory) prepareDataDir(dataDir);
  const lock = inMemory ? null : acquireLock(dataDir, options.command);
  let pglite: PGlite;
  try {
    // Each driver is loaded by the stores that use it: a command starts without the other one.
    const [{ PGlite }, { pg_trgm }] = await Promise.all([
      import('@electric-sql/pglite'),
      import('@electric-sql/pglite/contrib/pg_trgm'),
    ]);
    pglite = await PGlite.create(inMemory ? dataDir : `${dataDir}/pgdata`, {
      extensions: { pg_trgm },
      parsers: { [DATE_OID]: (value: string) => value },
    });
    // PGlite writes its files world-readable (0666) whatever the umask.
    if (!inMemory) tightenDataDir(dataDir);
  } catch (error) {
    lock?.release();
    throw new StoreError(`could not open the embedded database in ${dataDir}: ${(error as Error).message}`);
  }
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    description: describeStore({ kind: 'pglite', dataDir }),
    lock,
    async close() {
      await db.destroy();
      // Files PGlite made while running (new WAL segments, relations) get the same treatment.
      if (!inMemory) tightenDataDir(dataDir);
      lock?.release();
    },
  };
}

/**
 * PostgreSQL's `date`: both drivers would turn it into a JS Date at some
 * midnight (local or UTC), which shifts a calendar day across time zones.
 * A calendar date stays its ISO string, as the generated row types say.
 */
const DATE_OID = 1082;

async function openPostgres(url: string): Promise<Store> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === DATE_OID
          ? (value: string) => value
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client's error (server restart) must not crash the process.
  pool.on('error', () => {});
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    description: describeStore({ kind: 'postgres', url }),
    lock: null,
    async close() {
      await db.destroy();
    },
  };
}

/** Applies pending migrations; on a server, Kysely's migration lock keeps concurrent workers apart. */
export async function migrate(db: Kysely<DB>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new StoreError(`migration ${failed} failed: ${(error as Error).message}`);
  }
}
