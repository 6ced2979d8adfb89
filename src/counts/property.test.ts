/**
 * The fast counting core against the one it replaced (./reference/, kept for
 * this test only), on random invented inputs: the same facts, exclusions and
 * groups, and the same bounds wherever the old core searched exactly; on
 * larger inputs, where the split search approximates, every bound is still a
 * sum of pairwise disjoint facts (sound) and says so when approximate.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCounts } from './compute.ts';
import { factsDisjoint } from './relations.ts';
import { computeCounts as referenceCounts } from './reference/compute.ts';
import type {
  CountClaim,
  CountContext,
  CountInput,
  CountRelations,
  CountResult,
  CountSource,
} from './types.ts';

// Invented units: two armies with brigades, a division with a regiment, and a bare unit number that overlaps all.
const unitParent: Record<string, string> = { 'b1-brigade': 'a1-army', 'b2-brigade': 'a1-army' };
Object.assign(unitParent, {
  'b3-brigade': 'a2-army',
  'd1-division': 'a2-army',
  'r1-regiment': 'd1-division',
});
// Invented places: two countries; regions with towns; a territory overlapping its whole country.
const placeParent: Record<string, string> = {
  'p:t1': 'p:r1',
  'p:t2': 'p:r1',
  'p:t3': 'p:r2',
  'p:t4': 'p:r3',
};
const country = (p: string) => (['p:r3', 'p:t4'].includes(p) ? 'B' : 'A');
const chain = (table: Record<string, string>) => (k: string) => {
  const out: string[] = [];
  for (let p = table[k]; p; p = table[p]) out.push(p);
  return out;
};
const unitAncestors = chain(unitParent);
const placeAncestors = chain(placeParent);
const nested = (a: string, b: string, up: (k: string) => string[]) => up(a).includes(b) || up(b).includes(a);
const relations: CountRelations = {
  unitAncestors,
  placeAncestors,
  unitsDisjoint: (a, b) => a !== b && a !== 'u-unit' && b !== 'u-unit' && !nested(a, b, unitAncestors),
  placesDisjoint: (a, b) =>
    a !== b &&
    (country(a) !== country(b) || (a !== 'p:terr' && b !== 'p:terr' && !nested(a, b, placeAncestors))),
};

const UNITS = [
  null,
  'a1-army',
  'a2-army',
  'b1-brigade',
  'b2-brigade',
  'b3-brigade',
  'd1-division',
  'r1-regiment',
  'u-unit',
];
const PLACES = [null, 'p:r1', 'p:r2', 'p:r3', 'p:t1', 'p:t2', 'p:t3', 'p:t4', 'p:terr'];
const MONTHS = [null, '2024-01', '2024-02', '2024-03'];

const claimArb = fc.record({
  source: fc.nat(5),
  figure: fc.boolean(),
  value: fc.integer({ min: 1, max: 60 }),
  qualifier: fc.constantFrom('exact', 'at_least', 'more_than', 'about', 'at_most'),
  counts: fc.constantFrom('deserted', 'detained', 'strength'),
  type: fc.constantFrom('desertion', 'detention'),
  count: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
  percent: fc.boolean(),
  state: fc.constantFrom('suggested', 'suggested', 'accepted', 'edited', 'rejected', 'obsolete'),
  unit: fc.constantFrom(...UNITS),
  place: fc.constantFrom(...PLACES),
  month: fc.constantFrom(...MONTHS),
  subjects: fc.subarray(['person-1', 'person-2', 'person-3', 'person-4'], { maxLength: 2 }),
});
const sourcesArb = fc.array(fc.record({ outlet: fc.nat(3), reprint: fc.option(fc.nat(5), { nil: null }) }), {
  minLength: 6,
  maxLength: 6,
});

type ClaimSpec = typeof claimArb extends fc.Arbitrary<infer T> ? T : never;

function inputOf(specs: ClaimSpec[], srcs: { outlet: number; reprint: number | null }[]): CountInput {
  const sources: CountSource[] = srcs.map((s, i) => ({
    id: `s${i}`,
    outlet: `Outlet ${s.outlet}`,
    title: null,
    url: null,
    published: null,
    // Only earlier sources can be originals, so there are no cycles.
    duplicateOf: s.reprint !== null && s.reprint < i ? `s${s.reprint}` : null,
  }));
  const claims: CountClaim[] = [];
  const contexts = new Map<string, CountContext>();
  specs.forEach((c, i) => {
    const id = `c${i}`;
    const value = c.figure
      ? { value: c.value, qualifier: c.qualifier, counts: c.counts, percent: c.percent && c.value % 5 === 0 }
      : { type: c.type, count: c.count };
    claims.push({ id, sourceId: `s${c.source}`, kind: c.figure ? 'figure' : 'event', state: c.state, value });
    const subjects = c.figure ? [] : c.subjects;
    contexts.set(id, { unit: c.unit, place: c.place, month: c.month, subjects, notes: [] });
  });
  return { sources, claims, contexts, relations };
}

const bounds = (r: CountResult) =>
  Object.fromEntries(r.groups.map((g) => [JSON.stringify(g.key), g.lowerBound]));

function expectSound(r: CountResult): void {
  const byId = new Map(r.facts.map((f) => [f.id, f]));
  for (const g of r.groups) {
    const chosen = g.facts.map((id) => byId.get(id)!);
    expect(g.lowerBound).toBe(chosen.reduce((s, f) => s + f.value, 0));
    for (const a of chosen)
      for (const b of chosen) if (a !== b) expect(factsDisjoint(a, b, relations)).toBe(true);
  }
}

describe('the fast counting core against the exact one it replaced', () => {
  it('gives the same facts and the same bounds on small inputs', () => {
    fc.assert(
      fc.property(fc.array(claimArb, { maxLength: 18 }), sourcesArb, (specs, srcs) => {
        const input = inputOf(specs, srcs);
        const fast = computeCounts(input);
        const old = referenceCounts(input);
        expect(fast.facts).toEqual(old.facts);
        expect(fast.excluded).toEqual(old.excluded);
        expect(bounds(fast)).toEqual(bounds(old));
        expect(fast.groups.map((g) => g.key)).toEqual(old.groups.map((g) => g.key));
        expectSound(fast);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every bound a sum of disjoint facts on inputs too large to search, and says when it approximates', () => {
    let approximate = 0;
    fc.assert(
      fc.property(fc.array(claimArb, { minLength: 60, maxLength: 160 }), sourcesArb, (specs, srcs) => {
        const input = inputOf(specs, srcs);
        const fast = computeCounts(input);
        const old = referenceCounts(input);
        expect(fast.facts).toEqual(old.facts);
        expect(Object.keys(bounds(fast))).toEqual(Object.keys(bounds(old)));
        expectSound(fast);
        for (const g of fast.groups)
          if (g.why.some((w) => w.startsWith('approximate (sound)'))) approximate++;
      }),
      { numRuns: 60 },
    );
    // The split search was exercised, not only the exact one.
    expect(approximate).toBeGreaterThan(0);
  });
});
