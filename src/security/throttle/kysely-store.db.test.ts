import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../../../test/support/test-store.ts';
import type { DB } from '../../store/db-types.ts';
import type { SecurityTables } from '../tables.ts';
import { createKyselyThrottleStore, pruneThrottle } from './kysely-store.ts';
import { checkLogin, recordLoginFailure, recordLoginSuccess } from './throttle.ts';

describe('throttle store in the database', () => {
  let store: TestStore;
  let db: Kysely<DB & SecurityTables>;
  beforeAll(async () => {
    store = await createTestStore();
    db = store.db.withTables<SecurityTables>();
  });
  afterAll(() => store.dispose());

  const policy = {
    windowSeconds: 600,
    accountLimit: 2,
    addressLimit: 10,
    lockoutSeconds: 60,
    successLimit: 5,
    successWindowSeconds: 600,
    successPauseSeconds: 60,
  };
  const t0 = new Date('2025-05-01T10:00:00Z');
  const at = (s: number) => new Date(t0.getTime() + s * 1000);

  it('counts, locks, unlocks on success and prunes', async () => {
    const throttle = createKyselyThrottleStore(db);
    const keys = { account: 'acct-key', address: 'addr-key' };
    expect(await recordLoginFailure(throttle, keys, at(0), policy)).toEqual({ allowed: true });
    expect(await recordLoginFailure(throttle, keys, at(1), policy)).toEqual({
      allowed: false,
      retryAfterSeconds: 60,
      scope: 'account',
    });
    // Locking again extends the lock (upsert), it does not fail.
    await throttle.lock('acct-key', at(100));
    expect(await checkLogin(throttle, keys, at(30))).toMatchObject({ allowed: false, retryAfterSeconds: 70 });
    await recordLoginSuccess(throttle, keys, at(30), policy);
    expect(await checkLogin(throttle, keys, at(30))).toEqual({ allowed: true });
    expect(await throttle.countFailures('addr-key', at(-1))).toBe(2);
    await pruneThrottle(db, at(1000));
    expect(await throttle.countFailures('addr-key', at(-1))).toBe(0);
  });
});
