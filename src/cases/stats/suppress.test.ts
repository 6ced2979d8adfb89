import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SumConstraint } from './linear.ts';
import { SUPPRESSION_THRESHOLD, suppressCells } from './suppress.ts';

const sum = (total: string, ...parts: string[]): SumConstraint => ({ total, parts });

describe('suppressCells', () => {
  it('hides counts of 1 to 4, and shows zeros and larger counts when nothing gives them away', () => {
    const values = new Map([
      ['a', 3],
      ['b', 0],
      ['c', 12],
    ]);
    expect(suppressCells(values, [])).toEqual(new Set(['a']));
  });

  it('hides a second cell when a total would give the first back, the smallest one', () => {
    const values = new Map([
      ['T', 40],
      ['a', 3],
      ['b', 20],
      ['c', 9],
      ['d', 8],
    ]);
    expect(suppressCells(values, [sum('T', 'a', 'b', 'c', 'd')])).toEqual(new Set(['a', 'd']));
  });

  it('does not leave two hidden cells that add up to a small count', () => {
    // 1 + 2 = 3 with both at least 1 is close to giving them away: a third cell is hidden.
    const values = new Map([
      ['T', 30],
      ['a', 1],
      ['b', 2],
      ['c', 7],
      ['d', 20],
    ]);
    expect(suppressCells(values, [sum('T', 'a', 'b', 'c', 'd')])).toEqual(new Set(['a', 'b', 'c']));
  });

  it('hides the total when it has no other part to hide', () => {
    const values = new Map([
      ['T', 3],
      ['a', 3],
    ]);
    expect(suppressCells(values, [sum('T', 'a')])).toEqual(new Set(['T', 'a']));
    const big = new Map([
      ['T', 9],
      ['a', 2],
      ['b', 7],
    ]);
    // a alone is hidden, b is hidden with it, and 9 = a + b says nothing about either.
    expect(suppressCells(big, [sum('T', 'a', 'b')])).toEqual(new Set(['a', 'b']));
  });

  it('protects a total shared by two tables', () => {
    // All cases by region and by status; the total 6 is shown, statuses hide 2 and 4 together.
    const values = new Map([
      ['N', 6],
      ['r:A', 6],
      ['s:x', 2],
      ['s:y', 4],
    ]);
    const hidden = suppressCells(values, [sum('N', 'r:A'), sum('N', 's:x', 's:y')]);
    expect(hidden).toEqual(new Set(['s:x', 's:y']));
  });

  /** Publications shaped like the casework tables: one total N over two tables, plus a sum of its own. */
  const publication = fc
    .record({
      regions: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }),
      cuts: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 3 }),
      other: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 3 }),
    })
    .map(({ regions, cuts, other }) => {
      const n = regions.reduce((a, b) => a + b, 0);
      // Statuses: another split of the same N into non-zero parts.
      const points = [...new Set(cuts.map((c) => 1 + (c % Math.max(1, n - 1))))]
        .filter((c) => c < n)
        .sort((a, b) => a - b);
      const bounds = [0, ...points, n];
      const statuses = bounds.slice(1).map((b, i) => b - bounds[i]!);
      const values = new Map<string, number>([
        ['N', n],
        ['M', other.reduce((a, b) => a + b, 0)],
      ]);
      for (const [i, v] of regions.entries()) values.set(`r${i}`, v);
      for (const [i, v] of statuses.entries()) values.set(`s${i}`, v);
      for (const [i, v] of other.entries()) values.set(`o${i}`, v);
      const constraints = [
        sum('N', ...regions.map((_, i) => `r${i}`)),
        sum('N', ...statuses.map((_, i) => `s${i}`)),
        sum('M', ...other.map((_, i) => `o${i}`)),
      ];
      return { values, constraints };
    });

  it('leaves every hidden cell at least two possible values, whatever the tables (brute force)', () => {
    fc.assert(
      fc.property(publication, ({ values, constraints }) => {
        const hidden = suppressCells(values, constraints);
        for (const [k, v] of values) if (v > 0 && v < SUPPRESSION_THRESHOLD) expect(hidden.has(k)).toBe(true);
        const possible = feasibleValues(values, constraints, hidden);
        for (const k of hidden) expect(possible.get(k)?.size, k).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * What a reader could conclude: every assignment of the hidden cells (each at
 * least 1, like every listed cell) that satisfies all sums with the published
 * cells; for each hidden cell, the set of values it takes in them. A search
 * that fills a sum's last open cell by subtraction and cuts branches whose
 * parts already exceed their total; it stops once every cell has two values.
 */
function feasibleValues(
  values: ReadonlyMap<string, number>,
  constraints: readonly SumConstraint[],
  hidden: ReadonlySet<string>,
): Map<string, Set<number>> {
  // A reader knows no upper limit for a cell beyond the sums; any large enough number stands for it.
  const bound = [...values.values()].reduce((a, b) => a + b, SUPPRESSION_THRESHOLD);
  const seen = new Map([...hidden].map((k) => [k, new Set<number>()]));
  const done = () => [...seen.values()].every((s) => s.size >= 2);
  const search = (assigned: Map<string, number>): void => {
    const cellValue = (k: string) => (hidden.has(k) ? assigned.get(k) : values.get(k));
    for (const c of constraints) {
      const parts = c.parts.map(cellValue);
      const total = cellValue(c.total);
      const known = parts.reduce<number>((a, v) => a + (v ?? 0), 0);
      const open = parts.filter((v) => v === undefined).length;
      if (total !== undefined && known + open > total) return;
      if (total !== undefined && open === 0 && known !== total) return;
      const missing = [c.total, ...c.parts].filter((k) => cellValue(k) === undefined);
      if (missing.length === 1) {
        // The sum's last open cell follows by subtraction.
        search(new Map(assigned).set(missing[0]!, total === undefined ? known : total - known));
        return;
      }
    }
    if ([...assigned.values()].some((v) => v < 1 || v > bound)) return;
    const next = [...hidden].find((k) => !assigned.has(k));
    if (next === undefined) {
      for (const [k, v] of assigned) seen.get(k)!.add(v);
      return;
    }
    for (let v = 1; v <= bound && !done(); v++) search(new Map(assigned).set(next, v));
  };
  search(new Map());
  return seen;
}
