import { describe, expect, it } from 'vitest';
import { determinedUnknowns, type SumConstraint } from './linear.ts';

const sum = (total: string, ...parts: string[]): SumConstraint => ({ total, parts });

describe('determinedUnknowns', () => {
  it('finds a hidden cell given back by one subtraction', () => {
    expect(determinedUnknowns([sum('T', 'a', 'b', 'c')], new Set(['a']))).toEqual(new Set(['a']));
    expect(determinedUnknowns([sum('T', 'a', 'b', 'c')], new Set(['a', 'b']))).toEqual(new Set());
  });

  it('finds a hidden total from its published parts, and through a second table', () => {
    expect(determinedUnknowns([sum('N', 'a', 'b')], new Set(['N']))).toEqual(new Set(['N']));
    // N is hidden with a and b, but the other table gives N, then a + b, not a or b.
    expect(determinedUnknowns([sum('N', 'a', 'b'), sum('N', 'x', 'y')], new Set(['N', 'a', 'b']))).toEqual(
      new Set(['N']),
    );
  });

  it('sees a cell isolated only by combining several sums', () => {
    // Rows r1 = a + b, r2 = c + d; columns k1 = a + c, k2 = b + d; hidden a, b, c and d + the bridge e in r1:
    // r1 = a + b + e, k1 = a + c, k2 = b + d, r2 = c + d  =>  r1 - k1 - k2 + r2 = e.
    const constraints = [
      sum('r1', 'a', 'b', 'e'),
      sum('r2', 'c', 'd'),
      sum('k1', 'a', 'c'),
      sum('k2', 'b', 'd'),
    ];
    expect(determinedUnknowns(constraints, new Set(['a', 'b', 'c', 'd', 'e']))).toEqual(new Set(['e']));
    expect(determinedUnknowns(constraints, new Set(['a', 'b', 'c', 'd']))).toEqual(new Set());
  });
});
