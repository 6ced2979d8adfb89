/**
 * One scenario per counting rule of docs/counting.md, as invented data: a
 * handful of sources and claims, never a real report.
 */
import { describe, expect, it } from 'vitest';
import { computeCounts } from './compute.ts';
import type { CountClaim, CountContext, CountInput, CountRelations, CountSource, GroupKey } from './types.ts';

// Invented geography and units: two towns in one region, a third town elsewhere.
const parentPlace: Record<string, string> = {
  'p:town-a': 'p:region-x',
  'p:town-b': 'p:region-x',
  'p:town-c': 'p:region-y',
};
const parentUnit: Record<string, string> = { '901-brigade': '950-army', '902-brigade': '950-army' };
const up = (table: Record<string, string>) => (k: string) => (table[k] ? [table[k]!] : []);
const relations: CountRelations = {
  unitAncestors: up(parentUnit),
  placeAncestors: up(parentPlace),
  unitsDisjoint: (a, b) => a !== b && parentUnit[a] !== b && parentUnit[b] !== a,
  placesDisjoint: (a, b) => a !== b && parentPlace[a] !== b && parentPlace[b] !== a,
};

const src = (id: string, outlet: string, duplicateOf: string | null = null): CountSource => ({
  id,
  outlet,
  title: null,
  url: null,
  published: null,
  duplicateOf,
});

interface Scenario {
  sources: CountSource[];
  claims: CountClaim[];
  contexts: Map<string, CountContext>;
}

function scenario(sources: CountSource[]) {
  const s: Scenario = { sources, claims: [], contexts: new Map() };
  let n = 0;
  const ctx = (c: Partial<CountContext>): CountContext => ({
    unit: null,
    place: null,
    month: null,
    subjects: [],
    notes: [],
    ...c,
  });
  return {
    figure(
      sourceId: string,
      value: number,
      qualifier: string,
      counts: string,
      where: Partial<CountContext> = {},
      state = 'suggested',
      percent = false,
    ) {
      const id = `c${++n}`;
      s.claims.push({ id, sourceId, kind: 'figure', state, value: { value, qualifier, counts, percent } });
      s.contexts.set(id, ctx(where));
      return id;
    },
    event(
      sourceId: string,
      type: string,
      where: Partial<CountContext> = {},
      count: number | null = null,
      state = 'suggested',
    ) {
      const id = `c${++n}`;
      s.claims.push({ id, sourceId, kind: 'event', state, value: { type, count } });
      s.contexts.set(id, ctx(where));
      return id;
    },
    run() {
      const input: CountInput = { ...s, relations };
      return computeCounts(input);
    },
  };
}

const key = (type: string, k: Partial<Omit<GroupKey, 'type'>> = {}) => ({
  type,
  unit: '*',
  place: '*',
  month: '*',
  ...k,
});
function group(result: ReturnType<typeof computeCounts>, k: ReturnType<typeof key>) {
  const g = result.groups.find((x) => JSON.stringify(x.key) === JSON.stringify(k));
  if (!g) throw new Error(`no group ${JSON.stringify(k)}`);
  return g;
}

describe('counting rules (docs/counting.md)', () => {
  it('rule 1: a reprint linked by duplicateOf is one report', () => {
    const s = scenario([src('a', 'Outlet One'), src('b', 'Outlet Two', 'a')]);
    s.figure('a', 40, 'at_least', 'deserted');
    s.figure('b', 40, 'at_least', 'deserted');
    const r = s.run();
    const g = group(r, key('desertion'));
    expect(g.lowerBound).toBe(40);
    expect(g.sources.sort()).toEqual(['a', 'b']);
    expect(g.evidence).toBe('one_source');
    expect(r.facts[0]!.independentSources).toBe(1);
    expect(g.why.join(' ')).toMatch(/reprint/);
  });

  it('rule 2: a figure repeated by several outlets is one fact with several sources', () => {
    const s = scenario([src('a', 'Outlet One'), src('b', 'Outlet Two')]);
    s.figure('a', 234, 'at_least', 'detained', { place: 'p:town-a' });
    s.figure('b', 234, 'at_least', 'detained');
    const r = s.run();
    expect(r.facts).toHaveLength(1);
    expect(r.facts[0]!.place).toBe('p:town-a');
    const g = group(r, key('detention'));
    expect(g.lowerBound).toBe(234);
    expect(g.evidence).toBe('several_sources');
    expect(g.sources.sort()).toEqual(['a', 'b']);
    // Two reports of one outlet are not independent confirmation.
    const same = scenario([src('a', 'Outlet One'), src('b', 'Outlet One')]);
    same.figure('a', 234, 'at_least', 'detained');
    same.figure('b', 234, 'at_least', 'detained');
    expect(group(same.run(), key('detention')).evidence).toBe('one_source');
  });

  it('rule 3: named individuals inside a group figure are not added on top', () => {
    const s = scenario([src('a', 'Outlet One'), src('b', 'Outlet Two')]);
    s.figure('a', 30, 'at_least', 'detained', { place: 'p:town-a' });
    for (const p of ['person-1', 'person-2', 'person-3'])
      s.event('b', 'detention', { place: 'p:town-a', subjects: [p] });
    const r = s.run();
    expect(group(r, key('detention', { place: 'p:town-a' })).lowerBound).toBe(30);
    expect(group(r, key('detention')).why.join(' ')).toMatch(/not added on top/);
    // When the named people outnumber the figure, they are the better bound.
    const t = scenario([src('a', 'Outlet One')]);
    t.figure('a', 2, 'at_least', 'detained', { place: 'p:town-a' });
    for (const p of ['person-1', 'person-2', 'person-3'])
      t.event('a', 'detention', { place: 'p:town-a', subjects: [p] });
    expect(group(t.run(), key('detention')).lowerBound).toBe(3);
  });

  it('rule 4: "at least" stays, "more than N" gives N + 1, "about" and "at most" give no bound, percentages are left out', () => {
    const s = scenario([src('a', 'O1'), src('b', 'O2'), src('c', 'O3'), src('d', 'O4')]);
    s.figure('a', 400, 'more_than', 'refusing', { unit: '901-brigade' });
    s.figure('b', 700, 'about', 'refusing', { unit: '901-brigade' });
    s.figure('c', 900, 'at_most', 'refusing', { unit: '901-brigade' });
    s.figure('d', 80, 'exact', 'refusing', { unit: '901-brigade' }, 'suggested', true);
    const r = s.run();
    expect(group(r, key('refusal')).lowerBound).toBe(401);
    expect(r.excluded.map((e) => e.reason).join('|')).toMatch(/about.*not a lower bound/);
    expect(r.excluded).toHaveLength(3);
  });

  it('rule 5: overlapping reports in one group give their maximum, never their sum', () => {
    const s = scenario([src('a', 'O1'), src('b', 'O2')]);
    s.figure('a', 50, 'at_least', 'refusing', { unit: '901-brigade' });
    s.figure('b', 70, 'at_least', 'refusing', { unit: '901-brigade' });
    const g = group(s.run(), key('refusal', { unit: '901-brigade' }));
    expect(g.lowerBound).toBe(70);
    expect(g.why.join(' ')).toMatch(/may overlap/);
  });

  it('rule 6: a roll-up sums only disjoint children (different units), otherwise takes the maximum', () => {
    const s = scenario([src('a', 'O1'), src('b', 'O2'), src('c', 'O3')]);
    s.figure('a', 50, 'at_least', 'refusing', { unit: '901-brigade' });
    s.figure('b', 30, 'at_least', 'refusing', { unit: '902-brigade' });
    const r = s.run();
    expect(group(r, key('refusal')).lowerBound).toBe(80);
    // The army both belong to: a figure for it may include the brigades' men.
    expect(group(r, key('refusal', { unit: '950-army' })).lowerBound).toBe(80);
    s.figure('c', 60, 'at_least', 'refusing', { unit: '950-army' });
    expect(group(s.run(), key('refusal')).lowerBound).toBe(80);
    // A figure with no unit may include anyone: maximum.
    const t = scenario([src('a', 'O1'), src('b', 'O2')]);
    t.figure('a', 50, 'at_least', 'refusing', { unit: '901-brigade' });
    t.figure('b', 60, 'at_least', 'refusing');
    expect(group(t.run(), key('refusal')).lowerBound).toBe(60);
  });

  it('rule 7: places sum only when neither contains the other', () => {
    const s = scenario([src('a', 'O1'), src('b', 'O2'), src('c', 'O3')]);
    s.figure('a', 20, 'at_least', 'detained', { place: 'p:town-a' });
    s.figure('b', 10, 'at_least', 'detained', { place: 'p:town-b' });
    s.figure('c', 25, 'at_least', 'detained', { place: 'p:region-x' });
    const r = s.run();
    expect(group(r, key('detention', { place: 'p:region-x' })).lowerBound).toBe(30);
    expect(group(r, key('detention', { place: 'p:town-a' })).lowerBound).toBe(20);
  });

  it('rule 8: months sum when stated; an undated (or running-total) figure overlaps them all', () => {
    const s = scenario([src('a', 'O1'), src('b', 'O2'), src('c', 'O3')]);
    s.figure('a', 20, 'at_least', 'deserted', { month: '2024-03' });
    s.figure('b', 30, 'at_least', 'deserted', { month: '2024-04' });
    expect(group(s.run(), key('desertion')).lowerBound).toBe(50);
    s.figure('c', 45, 'at_least', 'deserted');
    expect(group(s.run(), key('desertion')).lowerBound).toBe(50);
    expect(group(s.run(), key('desertion', { month: null })).lowerBound).toBe(45);
  });

  it('rule 9: review states: rejected and obsolete never count, edited values are used, accepted ones are confirmed', () => {
    const s = scenario([src('a', 'O1'), src('b', 'O2'), src('c', 'O3')]);
    s.figure('a', 500, 'at_least', 'killed', {}, 'rejected');
    s.figure('b', 400, 'at_least', 'killed', {}, 'obsolete');
    s.figure('c', 12, 'at_least', 'killed', {}, 'edited');
    const g = group(s.run(), key('death'));
    expect(g.lowerBound).toBe(12);
    expect(g.evidence).toBe('confirmed');
    expect(g.reviewed).toBe(true);
    const t = scenario([src('a', 'O1')]);
    t.figure('a', 12, 'at_least', 'killed');
    const u = group(t.run(), key('death'));
    expect([u.evidence, u.reviewed]).toEqual(['one_source', false]);
  });

  it('rule 10: events without counts are one person each only when they are distinct occurrences', () => {
    const s = scenario([src('a', 'O1'), src('b', 'O2'), src('c', 'O3', 'a')]);
    // The same unnamed detention told by two outlets and a reprint: one.
    s.event('a', 'detention', { place: 'p:town-c' });
    s.event('b', 'detention', { place: 'p:town-c' });
    s.event('c', 'detention', { place: 'p:town-c' });
    expect(group(s.run(), key('detention')).lowerBound).toBe(1);
    // Two occurrences told in one report: two.
    s.event('b', 'detention', { place: 'p:town-c' });
    expect(group(s.run(), key('detention')).lowerBound).toBe(2);
    // A named person told by two outlets: once.
    const t = scenario([src('a', 'O1'), src('b', 'O2')]);
    t.event('a', 'desertion', { subjects: ['person-9'] });
    t.event('b', 'desertion', { subjects: ['person-9'] });
    expect(group(t.run(), key('desertion')).lowerBound).toBe(1);
  });

  it('rule 11: an event whose count is a figure of the same report is that figure', () => {
    const s = scenario([src('a', 'O1')]);
    s.figure('a', 81, 'at_least', 'refusing', { place: 'p:town-a' });
    s.event('a', 'refusal', { place: 'p:town-a' }, 81);
    const r = s.run();
    expect(r.facts).toHaveLength(1);
    expect(r.facts[0]!.claims).toHaveLength(2);
    expect(group(r, key('refusal')).lowerBound).toBe(81);
  });
});
