/**
 * A ThrottleStore in the database (tables login_attempts and login_locks of
 * migration 0003), shared by every server process. Keys are opaque (blind
 * indexes), so these tables hold no username or address.
 */
import type { Kysely } from 'kysely';
import { type SecurityTables, securityDb } from '../tables.ts';
import type { ThrottleStore } from './throttle.ts';

export function createKyselyThrottleStore<T extends SecurityTables>(handle: Kysely<T>): ThrottleStore {
  const db = securityDb(handle);
  return {
    async countFailures(key, since) {
      const row = await db
        .selectFrom('login_attempts')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('key', '=', key)
        .where('at', '>=', since)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async recordFailure(key, at) {
      await db.insertInto('login_attempts').values({ key, at }).execute();
    },
    async clear(key) {
      await db.deleteFrom('login_attempts').where('key', '=', key).execute();
      await db.deleteFrom('login_locks').where('key', '=', key).execute();
    },
    async lockedUntil(key) {
      const row = await db
        .selectFrom('login_locks')
        .select('until')
        .where('key', '=', key)
        .executeTakeFirst();
      return row?.until ?? null;
    },
    async lock(key, until) {
      await db
        .insertInto('login_locks')
        .values({ key, until })
        .onConflict((oc) => oc.column('key').doUpdateSet({ until }))
        .execute();
    },
  };
}

/** Deletes attempts and locks older than `before`: run now and then (e.g. daily) so the tables stay small. */
export async function pruneThrottle<T extends SecurityTables>(
  handle: Kysely<T>,
  before: Date,
): Promise<void> {
  const db = securityDb(handle);
  await db.deleteFrom('login_attempts').where('at', '<', before).execute();
  await db.deleteFrom('login_locks').where('until', '<', before).execute();
}
