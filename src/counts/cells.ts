/**
 * A group's facts reduced to the ones that can matter, without changing its
 * best bound: facts of one cell (same unit, place and month) always overlap,
 * so a disjoint set holds at most one of them, and a figure (it names nobody,
 * so it conflicts with nothing its cell does not) can always stand in for any
 * smaller fact of its cell. What remains is the cell's largest figure and any
 * individuals fact larger than it.
 */
import type { Fact } from './types.ts';

const cellKey = (f: Fact) => `${f.unit ?? '\u0000'}\u0001${f.place ?? '\u0000'}\u0001${f.month ?? '\u0000'}`;

/** The facts of `facts` that some best disjoint set may need (see above); keeps input order. */
export function cellRepresentatives(facts: readonly Fact[]): Fact[] {
  const bestFigure = new Map<string, Fact>();
  for (const f of facts) {
    if (f.kind !== 'figure' || f.subjects.length > 0) continue;
    const k = cellKey(f);
    const b = bestFigure.get(k);
    if (!b || f.value > b.value || (f.value === b.value && f.id < b.id)) bestFigure.set(k, f);
  }
  return facts.filter((f) => {
    const b = bestFigure.get(cellKey(f));
    if (f.kind === 'figure' && f.subjects.length === 0) return b === f;
    return !b || f.value > b.value;
  });
}
