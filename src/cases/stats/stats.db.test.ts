/**
 * The casework statistics from a real store: only cases taken on, whole
 * months for the public, small counts hidden with their complements, and no
 * case data in the output. Names are invented.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../../../test/support/test-store.ts';
import { generateKeyring } from '../../security/crypto/keyring.ts';
import { createSecurity, type Security } from '../../security/services.ts';
import { addContact } from '../entries.ts';
import { createCase } from '../repository.ts';
import type { CaseStatus } from '../schema.ts';
import { caseworkStats } from './stats.ts';

describe('casework statistics', () => {
  let store: TestStore;
  let security: Security;
  let clock = new Date('2026-01-15T10:00:00Z');

  /** `n` cases opened now in `region` with `status`, each with `calls` contact-log entries. */
  async function open(
    n: number,
    region: string | undefined,
    status: CaseStatus,
    calls = 1,
    state: 'open' | 'triage' = 'open',
  ) {
    for (let i = 0; i < n; i++) {
      await createCase(
        store.db,
        security,
        'user_w',
        { personName: `Вымыслов ${region ?? 'без региона'} ${i}`, region, status },
        {
          state,
          within: async (trx, id) => {
            for (let k = 0; k < calls; k++) {
              await addContact(trx, security, 'user_w', id, {
                channel: 'call',
                direction: 'in',
                summary: 'звонок',
              });
            }
          },
        },
      );
    }
  }

  beforeAll(async () => {
    store = await createTestStore();
    security = createSecurity(store.db, { keyring: generateKeyring(), anchorPath: null, now: () => clock });
    await open(12, 'RU-BU', 'detained', 2);
    await open(3, 'RU-TY', 'missing');
    clock = new Date('2026-02-10T10:00:00Z');
    await open(8, 'RU-ZAB', 'refused');
    await open(2, undefined, 'released');
    // Reports nobody has checked yet: not casework.
    await open(30, 'RU-CHE', 'missing', 1, 'triage');
    clock = new Date('2026-03-03T10:00:00Z');
    // This month: only in the internal numbers.
    await open(6, 'RU-BU', 'left_country');
  });
  afterAll(() => store.dispose());

  it('publishes complete months, hides small counts and what would give them back', async () => {
    const stats = await caseworkStats(store.db, { now: clock, audience: 'public' });
    expect(stats.asOf).toBe('2026-03-01T00:00:00.000Z');
    expect(stats.totals).toEqual({
      cases: { count: 25, suppressed: false },
      consultations: { count: 37, suppressed: false },
    });
    expect(stats.casesOpenedByMonth).toEqual([
      { month: '2026-01', count: 15, suppressed: false },
      { month: '2026-02', count: 10, suppressed: false },
    ]);
    expect(stats.regions).toEqual([
      { region: 'RU-BU', count: 12, suppressed: false },
      { region: 'RU-TY', count: null, suppressed: true },
      { region: 'RU-ZAB', count: 8, suppressed: false },
      { region: null, count: null, suppressed: true },
    ]);
    // 3 missing and 2 released are hidden; 3 + 2 = 5 together, so nothing more is needed.
    expect(stats.outcomes.map((o) => [o.status, o.count])).toEqual([
      ['refused', 8],
      ['detained', 12],
      ['missing', null],
      ['released', null],
    ]);
    expect(JSON.stringify(stats)).not.toMatch(/Вымыслов|звонок|RU-CHE|case_/);
  });

  it('gives caseworkers every count up to now', async () => {
    const stats = await caseworkStats(store.db, { now: clock, audience: 'internal' });
    expect(stats.suppression.applied).toBe(false);
    expect(stats.totals.cases.count).toBe(31);
    expect(stats.regions.find((r) => r.region === 'RU-TY')).toEqual({
      region: 'RU-TY',
      count: 3,
      suppressed: false,
    });
    expect(stats.outcomes.find((o) => o.status === 'left_country')?.count).toBe(6);
  });
});
