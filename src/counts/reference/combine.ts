/**
 * A group's lower bound from its facts: the largest sum of facts no two of
 * which can count the same person. Two facts are disjoint when some dimension
 * is stated by both and cannot overlap (different units neither containing the
 * other, places neither containing the other, different months) and, for
 * named individuals, they share nobody. Overlapping facts give their maximum,
 * never their sum. Any disjoint set gives a sound bound; the best one is found
 * exactly for small groups and greedily (largest first) for large ones.
 */
import type { CountRelations, Fact } from '../types.ts';

const EXACT_LIMIT = 18;

/** True when no person can be in both facts. */
export function factsDisjoint(a: Fact, b: Fact, rel: CountRelations): boolean {
  if (a.subjects.some((s) => b.subjects.includes(s))) return false;
  if (a.unit !== null && b.unit !== null && rel.unitsDisjoint(a.unit, b.unit)) return true;
  if (a.place !== null && b.place !== null && rel.placesDisjoint(a.place, b.place)) return true;
  return a.month !== null && b.month !== null && a.month !== b.month;
}

/** The facts whose values are summed: pairwise disjoint, largest total. */
export function bestDisjoint(facts: readonly Fact[], rel: CountRelations): Fact[] {
  const sorted = [...facts].sort((a, b) => b.value - a.value || a.id.localeCompare(b.id));
  const n = sorted.length;
  const ok = sorted.map((a) => sorted.map((b) => a === b || factsDisjoint(a, b, rel)));
  if (n > EXACT_LIMIT) return greedy(sorted, ok);
  let best: number[] = [];
  let bestSum = -1;
  const suffix = sorted.map((_, i) => sorted.slice(i).reduce((s, f) => s + f.value, 0));
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

function greedy(sorted: Fact[], ok: boolean[][]): Fact[] {
  const taken: number[] = [];
  sorted.forEach((_, i) => {
    if (taken.every((j) => ok[i]![j])) taken.push(i);
  });
  return taken.map((i) => sorted[i]!);
}
