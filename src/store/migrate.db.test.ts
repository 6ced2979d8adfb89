/**
 * Opening a store: a store whose schema is current is checked with one query
 * (Kysely's Migrator reads the whole catalog first, and every command opens
 * the store), a store that records a migration this version does not know
 * still stops with the Migrator's error, and the embedded database of a
 * short-lived process gets a small buffer cache while the server keeps
 * PostgreSQL's default.
 */
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore, testBackend } from '../../test/support/test-store.ts';
import { migrate, openStore, StoreError } from './db.ts';
import type { DB } from './db-types.ts';

/** The same database, recording the kind of every query sent through it. */
function recording(db: Kysely<DB>, kinds: string[]): Kysely<DB> {
  return db.withPlugin({
    transformQuery: (args) => {
      kinds.push(args.node.kind);
      return args.node;
    },
    transformResult: async (args) => args.result,
  });
}

const applied = async (db: Kysely<DB>) =>
  (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db)).rows.map(
    (r) => r.name,
  );

describe('opening a store', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore();
  });
  afterAll(() => store?.dispose());

  it('checks a current store with one query and changes nothing', async () => {
    const before = await applied(store.db);
    const kinds: string[] = [];
    await migrate(recording(store.db, kinds));
    expect(kinds).toEqual(['RawNode']);
    expect(await applied(store.db)).toEqual(before);
  });

  it('still refuses a store that records a migration this version does not know', async () => {
    await sql`insert into kysely_migration (name, timestamp) values ('9999-from-a-newer-version', '2030-01-01T00:00:00.000Z')`.execute(
      store.db,
    );
    try {
      await expect(migrate(store.db)).rejects.toBeInstanceOf(StoreError);
    } finally {
      await sql`delete from kysely_migration where name = '9999-from-a-newer-version'`.execute(store.db);
    }
    await migrate(store.db);
  });

  it.skipIf(testBackend !== 'pglite')(
    'gives a short-lived process a small buffer cache, and the server the default',
    { timeout: 120_000 },
    async () => {
      const shared = async (db: Kysely<DB>) =>
        (await sql<{ shared_buffers: string }>`show shared_buffers`.execute(db)).rows[0]?.shared_buffers;
      expect(await shared(store.db)).toBe('32MB');
      const server = await openStore(
        { kind: 'pglite', dataDir: 'memory://' },
        { command: 'serve', longRunning: true },
      );
      try {
        expect(await shared(server.db)).toBe('128MB');
      } finally {
        await server.close();
      }
    },
  );
});
