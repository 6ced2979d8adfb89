import { describe, expect, it } from 'vitest';
import { combineMonths, freezeMonths, type MonthCells, monthsToFreeze } from './frozen.ts';
import { publishCasework } from './tally.ts';

const march = new Date('2026-03-01T00:00:00Z');

describe('frozen months', () => {
  it('freezes contiguous months from the first fact, then only the new ones', () => {
    expect(monthsToFreeze([], '2025-11', march)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsToFreeze([], null, march)).toEqual(['2026-02']);
    expect(monthsToFreeze(['2025-11', '2025-12'], '2025-01', march)).toEqual(['2026-01', '2026-02']);
    expect(monthsToFreeze(['2026-02'], '2025-01', march)).toEqual([]);
  });

  it('counts each frozen month as of its own end', () => {
    const facts = {
      cases: [
        { id: 'a', openedAt: new Date('2026-01-05T00:00:00Z'), region: 'RU-BU' },
        { id: 'b', openedAt: new Date('2026-02-05T00:00:00Z'), region: null },
      ],
      statuses: [],
      contacts: [{ caseId: 'a', at: new Date('2026-02-07T00:00:00Z') }],
    };
    const [jan, feb] = freezeMonths(facts, ['2026-01', '2026-02']);
    expect(jan?.cells).toEqual({
      cases: 1,
      consultations: 0,
      'opened:2026-01': 1,
      'region:RU-BU': 1,
      'outcome:unknown': 1,
    });
    expect(feb?.cells).toMatchObject({
      cases: 2,
      consultations: 1,
      'consult:2026-02': 1,
      'opened:2026-02': 1,
    });
    expect(feb?.cells).not.toHaveProperty('opened:2026-01');
  });

  it("takes each month's own cells from its row, the state from the last, and suppresses the whole", () => {
    const rows: MonthCells[] = [
      // A stray cell of another month in a row is not that month's frozen count.
      { month: '2026-01', cells: { cases: 99, 'opened:2026-01': 3, 'opened:2026-02': 50 } },
      {
        month: '2026-02',
        cells: { cases: 12, 'opened:2026-02': 8, 'region:RU-BU': 12, 'outcome:detained': 12 },
      },
      { month: '2026-03', cells: { cases: 500, 'opened:2026-03': 500 } },
    ];
    const tally = combineMonths(rows, march);
    expect(Object.fromEntries(tally.values)).toEqual({
      cases: 12,
      consultations: 0,
      'opened:2026-01': 3,
      'opened:2026-02': 8,
      'region:RU-BU': 12,
      'outcome:detained': 12,
    });
    // January's 3 is hidden, and February's 8 with it, or 12 − 8 would give it back.
    const published = publishCasework(tally, march, true);
    expect(published.casesOpenedByMonth).toEqual([
      { month: '2026-01', count: null, suppressed: true },
      { month: '2026-02', count: null, suppressed: true },
    ]);
  });
});
