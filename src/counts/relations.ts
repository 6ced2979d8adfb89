/**
 * The gazetteer relations as the counting core asks them, remembered: a
 * corpus of tens of thousands of reports names a few hundred units and places,
 * but the core asks about the same pairs millions of times.
 */
import type { CountRelations, Fact } from './types.ts';

// Pair keys as small integers (two interned ids below 2^15 make a key below 2^30, which V8 keeps
// unboxed): far cheaper to hash than joined strings or larger numbers. Beyond that, strings.
const SHIFT = 2 ** 15;

/** Relations that answer each distinct question once. */
export function memoRelations(rel: CountRelations): CountRelations {
  const ids = new Map<string, number>();
  const idOf = (v: string) => {
    let i = ids.get(v);
    if (i === undefined) {
      i = ids.size;
      ids.set(v, i);
    }
    return i;
  };
  const pairs = (f: (a: string, b: string) => boolean) => {
    const seen = new Map<number | string, boolean>();
    return (a: string, b: string) => {
      const ia = idOf(a);
      const ib = idOf(b);
      const [lo, hi] = ia < ib ? [ia, ib] : [ib, ia];
      const k = hi < SHIFT ? lo * SHIFT + hi : `${lo},${hi}`;
      let v = seen.get(k);
      if (v === undefined) {
        v = f(a, b);
        seen.set(k, v);
      }
      return v;
    };
  };
  const lists = (f: (a: string) => string[]) => {
    const seen = new Map<string, string[]>();
    return (a: string) => {
      let v = seen.get(a);
      if (v === undefined) {
        v = f(a);
        seen.set(a, v);
      }
      return v;
    };
  };
  return {
    unitsDisjoint: pairs(rel.unitsDisjoint),
    // Not remembered: a corpus names thousands of places, so most pairs are asked once, and the
    // gazetteer answers from its own indexes (see load.ts) faster than a map of millions of pairs would.
    placesDisjoint: rel.placesDisjoint,
    unitAncestors: lists(rel.unitAncestors),
    placeAncestors: lists(rel.placeAncestors),
  };
}

/** True when no person can be in both facts. */
export function factsDisjoint(a: Fact, b: Fact, rel: CountRelations): boolean {
  if (a.subjects.length > 0 && b.subjects.length > 0 && a.subjects.some((s) => b.subjects.includes(s)))
    return false;
  if (a.unit !== null && b.unit !== null && rel.unitsDisjoint(a.unit, b.unit)) return true;
  if (a.place !== null && b.place !== null && rel.placesDisjoint(a.place, b.place)) return true;
  return a.month !== null && b.month !== null && a.month !== b.month;
}
