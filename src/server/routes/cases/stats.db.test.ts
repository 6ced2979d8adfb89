/**
 * The casework statistics through the whole app: the public gets suppressed
 * counts without signing in; the unsuppressed ones are for caseworkers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createSecuredApp, type TestApp } from '../../../../test/security/support.ts';
import { createTestStore, type TestStore } from '../../../../test/support/test-store.ts';
import { createCase } from '../../../cases/repository.ts';
import type { CaseworkStats } from '../../../cases/stats/schema.ts';

describe('casework statistics routes', () => {
  let store: TestStore;
  let t: TestApp;

  beforeAll(async () => {
    store = await createTestStore();
    t = await createSecuredApp(store.db);
    const regions = ['RU-BU', 'RU-BU', 'RU-BU', 'RU-BU', 'RU-BU', 'RU-BU', 'RU-TY'];
    for (const [i, region] of regions.entries()) {
      await createCase(store.db, t.security, 'user_w', {
        personName: `Выдуманный ${i}`,
        region,
        status: 'detained',
      });
    }
    // Opened well before this month, so the public numbers (whole months) include them.
    await store.db
      .updateTable('cases')
      .set({ created_at: new Date('2025-01-20T00:00:00Z') })
      .execute();
  });
  afterAll(() => store.dispose());

  it('gives anyone the counts with small ones hidden', async () => {
    const res = await t.app.request('/api/public/casework');
    expect(res.status).toBe(200);
    const stats = (await res.json()) as CaseworkStats;
    expect(stats.suppression).toEqual({ applied: true, threshold: 5 });
    expect(stats.totals.cases).toEqual({ count: 7, suppressed: false });
    // RU-TY (1) is hidden, and RU-BU with it: 7 − 6 would give it back.
    expect(stats.regions.map((r) => r.count)).toEqual([null, null]);
    expect(JSON.stringify(stats)).not.toMatch(/Выдуманный/);
  });

  it('gives caseworkers the counts unsuppressed, and nobody else', async () => {
    const res = await t.app.request('/api/casework/stats', { headers: as(t.sessions.caseworker) });
    expect(res.status).toBe(200);
    const stats = (await res.json()) as CaseworkStats;
    expect(stats.suppression.applied).toBe(false);
    expect(stats.regions.map((r) => [r.region, r.count])).toEqual([
      ['RU-BU', 6],
      ['RU-TY', 1],
    ]);
    expect((await t.app.request('/api/casework/stats')).status).toBe(401);
    expect((await t.app.request('/api/casework/stats', { headers: as(t.sessions.researcher) })).status).toBe(
      403,
    );
  });
});
