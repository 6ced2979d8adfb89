/**
 * Opens the store: the embedded PGlite database in a folder by default, or a
 * PostgreSQL server when DATABASE_URL is set, behind the same Kysely API, and
 * brings its schema up to date with the migrations.
 */
import type { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
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
  /**
   * The embedded database serves a process that runs for long (the server):
   * it keeps PostgreSQL's default 128 MB buffer cache. Other processes get
   * SHORT_LIVED_BUFFERS (see there).
   */
  longRunning?: boolean;
}

/**
 * Buffer cache of an embedded store opened by a process that runs and exits.
 * PGlite zeroes the whole cache at every start: on a store of 5,000 reports
 * the default 128 MB cost about 0.55 s more CPU per start than 32 MB, while
 * deriving one new report and full scans of the sources and claims took the
 * same time with either (reads that miss come from the OS page cache).
 */
const SHORT_LIVED_BUFFERS = '32MB';

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
      ...(options.longRunning
        ? {}
        : { startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${SHORT_LIVED_BUFFERS}`] }),
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

/**
 * Applies pending migrations; on a server, Kysely's migration lock keeps
 * concurrent workers apart. A store already current costs one query: every
 * command opens the store, and Kysely's Migrator first reads the whole
 * catalog to find its own tables (about half a second of CPU on PGlite).
 */
export async function migrate(db: Kysely<DB>): Promise<void> {
  if (await isCurrent(db)) return;
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new StoreError(`migration ${failed} failed: ${(error as Error).message}`);
  }
}

/**
 * True when every migration is applied and no other one is recorded. Anything
 * else (a new store, a pending migration, a migration from a newer version,
 * one being applied right now by another process) goes to the Migrator, which
 * applies, waits for its lock or reports exactly as before.
 */
async function isCurrent(db: Kysely<DB>): Promise<boolean> {
  const known = Object.keys(await migrationProvider.getMigrations());
  let applied: string[];
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    applied = rows.map((r) => r.name);
  } catch (error) {
    // undefined_table: a store never migrated.
    if ((error as { code?: string }).code === '42P01') return false;
    throw error;
  }
  const done = new Set(applied);
  return applied.length === known.length && known.every((name) => done.has(name));
}
