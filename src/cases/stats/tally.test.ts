import { describe, expect, it } from 'vitest';
import {
  type CaseFact,
  type CaseworkFacts,
  publishCasework,
  type StatusFact,
  tallyCasework,
} from './tally.ts';

const cutoff = new Date('2026-04-01T00:00:00Z');
const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

/** `n` invented cases opened on `date` in `region`, each with one status entry. */
function many(n: number, date: string, region: string | null, status: StatusFact['status'], prefix: string) {
  const cases: CaseFact[] = [];
  const statuses: StatusFact[] = [];
  for (let i = 0; i < n; i++) {
    const id = `${prefix}${i}`;
    cases.push({ id, openedAt: day(date), region });
    statuses.push({ caseId: id, status, onDate: date, recordedAt: day(date) });
  }
  return { cases, statuses };
}

function facts(...parts: { cases: CaseFact[]; statuses: StatusFact[] }[]) {
  const cases = parts.flatMap((p) => p.cases);
  return {
    cases,
    statuses: parts.flatMap((p) => p.statuses),
    contacts: cases.flatMap((c) => [
      { caseId: c.id, at: c.openedAt },
      { caseId: c.id, at: c.openedAt },
    ]),
  } satisfies CaseworkFacts;
}

describe('tallyCasework', () => {
  it('counts cases, consultations, outcomes and regions before the cut-off', () => {
    const f = facts(
      many(6, '2026-02-10', 'RU-BU', 'detained', 'a'),
      many(2, '2026-03-05', null, 'missing', 'b'),
    );
    // After the cut-off: not counted anywhere.
    f.cases.push({ id: 'late', openedAt: day('2026-04-02'), region: 'RU-BU' });
    f.contacts.push({ caseId: 'a0', at: day('2026-04-03') });
    // A later status dated after the cut-off does not change the outcome at the cut-off.
    f.statuses.push({
      caseId: 'a0',
      status: 'released',
      onDate: '2026-04-02',
      recordedAt: day('2026-04-02'),
    });
    // A status recorded for an earlier date still counts, the latest date wins.
    f.statuses.push({
      caseId: 'a1',
      status: 'appealed',
      onDate: '2026-02-01',
      recordedAt: day('2026-03-01'),
    });
    const t = tallyCasework(f, cutoff);
    expect(Object.fromEntries(t.values)).toEqual({
      cases: 8,
      consultations: 16,
      'consult:2026-02': 12,
      'consult:2026-03': 4,
      'opened:2026-02': 6,
      'opened:2026-03': 2,
      'region:RU-BU': 6,
      'region:': 2,
      'outcome:detained': 6,
      'outcome:missing': 2,
      'change:2026-02:detained': 6,
      'change:2026-02:appealed': 1,
      'change:2026-03:missing': 2,
    });
  });
});

describe('publishCasework', () => {
  const f = facts(
    many(20, '2026-02-10', 'RU-BU', 'detained', 'a'),
    many(3, '2026-03-05', 'RU-ZAB', 'missing', 'b'),
    many(9, '2026-03-07', 'RU-TY', 'released', 'c'),
  );

  it('hides small counts and the cells that would give them back, and nothing when unsuppressed', () => {
    const stats = publishCasework(tallyCasework(f, cutoff), cutoff, true);
    expect(stats.totals.cases).toEqual({ count: 32, suppressed: false });
    expect(stats.regions).toEqual([
      { region: 'RU-BU', count: 20, suppressed: false },
      { region: 'RU-TY', count: null, suppressed: true },
      { region: 'RU-ZAB', count: null, suppressed: true },
    ]);
    expect(stats.outcomes.map((o) => [o.status, o.count])).toEqual([
      ['detained', 20],
      ['missing', null],
      ['released', null],
    ]);
    expect(stats.casesOpenedByMonth).toEqual([
      { month: '2026-02', count: 20, suppressed: false },
      { month: '2026-03', count: 12, suppressed: false },
    ]);
    expect(stats.statusChangesByMonth.find((c) => c.status === 'missing')).toEqual({
      month: '2026-03',
      status: 'missing',
      count: null,
      suppressed: true,
    });
    const open = publishCasework(tallyCasework(f, cutoff), cutoff, false);
    expect(open.suppression).toEqual({ applied: false, threshold: 5 });
    expect(open.regions.map((r) => r.count)).toEqual([20, 9, 3]);
  });

  it('publishes nothing but counts', () => {
    const text = JSON.stringify(publishCasework(tallyCasework(f, cutoff), cutoff, true));
    expect(text).not.toMatch(/"a\d+"|"b\d+"|"c\d+"/);
  });
});
