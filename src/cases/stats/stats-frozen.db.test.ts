/**
 * Published months are frozen: after the public statistics of a month have
 * been read once, opening an old triage case, backdating a call or a status,
 * changing a region or deleting a case moves none of its numbers, in this
 * publication or any later one. Two first readers at once publish the same
 * numbers. Names are invented.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../../../test/support/test-store.ts';
import { generateKeyring } from '../../security/crypto/keyring.ts';
import { createSecurity, type Security } from '../../security/services.ts';
import { addContact, addStatus } from '../entries.ts';
import { createCase, deleteCase, updateCase } from '../repository.ts';
import type { CaseStatus } from '../schema.ts';
import { readFrozenMonths, writeFrozenMonths } from './snapshots.ts';
import { caseworkStats } from './stats.ts';

describe('frozen months of the public casework statistics', () => {
  let store: TestStore;
  let security: Security;
  let clock = new Date('2026-01-10T10:00:00Z');
  const publicStats = () => caseworkStats(store.db, { now: clock, audience: 'public' });

  async function open(n: number, region: string, status: CaseStatus, state: 'open' | 'triage' = 'open') {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const c = await createCase(
        store.db,
        security,
        'user_w',
        { personName: `Придуманов ${region} ${i}`, region, status },
        {
          state,
          within: (trx, id) =>
            addContact(trx, security, 'user_w', id, {
              channel: 'call',
              direction: 'in',
              summary: 'звонок',
            }).then(() => undefined),
        },
      );
      ids.push(c.id);
    }
    return ids;
  }

  beforeAll(async () => {
    store = await createTestStore();
    security = createSecurity(store.db, { keyring: generateKeyring(), anchorPath: null, now: () => clock });
  });
  afterAll(() => store.dispose());

  it('keeps a published month as it was, whatever is changed afterwards', async () => {
    const january = await open(6, 'RU-BU', 'detained');
    const triage = await open(2, 'RU-TY', 'missing', 'triage');
    clock = new Date('2026-02-05T10:00:00Z');
    const published = await publicStats();
    expect(published.casesOpenedByMonth).toEqual([{ month: '2026-01', count: 6, suppressed: false }]);
    expect(published.regions).toEqual([{ region: 'RU-BU', count: 6, suppressed: false }]);

    clock = new Date('2026-02-06T10:00:00Z');
    const changes: [string, () => Promise<unknown>][] = [
      [
        'opens old triage cases',
        () =>
          Promise.all(triage.map((id) => updateCase(store.db, security, 'user_w', id, { state: 'open' }))),
      ],
      [
        'backdates calls',
        () =>
          store.db.transaction().execute(async (trx) => {
            for (const at of ['2026-01-20T09:00:00Z', '2026-01-21T09:00:00Z']) {
              await addContact(trx, security, 'user_w', january[0]!, {
                at,
                channel: 'call',
                direction: 'out',
                summary: 'перезвонили',
              });
            }
          }),
      ],
      [
        'backdates a status',
        () =>
          store.db.transaction().execute((trx) =>
            addStatus(trx, security, 'user_w', january[3]!, {
              status: 'released',
              onDate: '2026-01-25',
              evidenceKind: 'call',
            }),
          ),
      ],
      ['changes a region', () => updateCase(store.db, security, 'user_w', january[1]!, { region: 'RU-ZAB' })],
      ['deletes a case', () => deleteCase(store.db, security, 'user_a', january[2]!)],
    ];
    for (const [what, change] of changes) {
      await change();
      expect(await publicStats(), what).toEqual(published);
    }

    // The next month's publication: January's own cells are still those first published.
    await open(5, 'RU-BU', 'refused');
    clock = new Date('2026-03-03T10:00:00Z');
    const march = await publicStats();
    expect(march.asOf).toBe('2026-03-01T00:00:00.000Z');
    const ofJanuary = (s: typeof march) => ({
      opened: s.casesOpenedByMonth.filter((m) => m.month === '2026-01'),
      consultations: s.consultationsByMonth.filter((m) => m.month === '2026-01'),
      changes: s.statusChangesByMonth.filter((m) => m.month === '2026-01'),
    });
    expect(ofJanuary(march)).toEqual(ofJanuary(published));
    expect(march.casesOpenedByMonth.find((m) => m.month === '2026-02')).toEqual({
      month: '2026-02',
      count: 5,
      suppressed: false,
    });
    // The state (totals, outcomes, regions) is that at the new cut-off: 6 − 1 deleted + 2 opened + 5.
    expect(march.totals.cases).toEqual({ count: 12, suppressed: false });
  });

  it('publishes one version of a month when two first readers come at once', async () => {
    clock = new Date('2026-04-02T10:00:00Z');
    await open(1, 'RU-BU', 'refused');
    const [a, b] = await Promise.all([publicStats(), publicStats()]);
    expect(a).toEqual(b);
    const months = (await readFrozenMonths(store.db, clock)).map((r) => r.month);
    expect(months).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('keeps the first row written for a month (insert on conflict do nothing)', async () => {
    const may = new Date('2026-05-01T00:00:00Z');
    await writeFrozenMonths(
      store.db,
      [{ month: '2026-04', cells: { cases: 20, 'opened:2026-04': 20 } }],
      clock,
    );
    await writeFrozenMonths(
      store.db,
      [{ month: '2026-04', cells: { cases: 21, 'opened:2026-04': 21 } }],
      clock,
    );
    const april = (await readFrozenMonths(store.db, may)).find((r) => r.month === '2026-04');
    expect(april?.cells).toEqual({ cases: 20, 'opened:2026-04': 20 });
    // And the public route serves the stored row rather than counting again.
    clock = new Date('2026-05-04T10:00:00Z');
    const stats = await publicStats();
    expect(stats.totals.cases).toEqual({ count: 20, suppressed: false });
  });
});
