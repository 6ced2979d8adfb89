/**
 * The best disjoint set of a small group, found exactly: branch and bound over
 * the facts, largest first, pruned by what the remaining facts could still
 * add. Exponential in the number of facts, so only ever given a few (see
 * EXACT_LIMIT); larger groups go through ./split.ts.
 */
import type { Fact } from './types.ts';

/** Above this many facts (after ./cells.ts), a group is not searched exhaustively. */
export const EXACT_LIMIT = 18;

/** Largest value first; ties by id, so the choice does not depend on input order. */
export const byValue = (a: Fact, b: Fact) => b.value - a.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The pairwise disjoint subset with the largest total (`disjoint` decides a pair). */
export function exactDisjoint(facts: readonly Fact[], disjoint: (a: Fact, b: Fact) => boolean): Fact[] {
  const sorted = [...facts].sort(byValue);
  const n = sorted.length;
  // Disjointness is symmetric: ask each pair once.
  const ok = sorted.map(() => new Array<boolean>(n).fill(true));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) ok[i]![j] = ok[j]![i] = disjoint(sorted[i]!, sorted[j]!);
  let best: number[] = [];
  let bestSum = -1;
  const suffix: number[] = new Array(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) suffix[i] = suffix[i + 1]! + sorted[i]!.value;
  const pick: number[] = [];
  const search = (i: number, sum: number) => {
    if (sum > bestSum) {
      bestSum = sum;
      best = [...pick];
    }
    if (i >= n || sum + suffix[i]! <= bestSum) return;
    if (pick.every((j) => ok[i]![j])) {
      pick.push(i);
      search(i + 1, sum + sorted[i]!.value);
      pick.pop();
    }
    search(i + 1, sum);
  };
  search(0, 0);
  return best.map((i) => sorted[i]!);
}
