/**
 * A group's lower bound from its facts: the largest sum of facts no two of
 * which can count the same person. Two facts are disjoint when some dimension
 * is stated by both and cannot overlap (different units neither containing the
 * other, places neither containing the other, different months) and, for
 * named individuals, they share nobody. Overlapping facts give their maximum,
 * never their sum. Any disjoint set gives a sound bound: the best one is found
 * exactly when the group, reduced to the facts that can matter (./cells.ts),
 * is small (./exact.ts), and by splitting it into parts otherwise (./split.ts).
 */
import { cellRepresentatives } from './cells.ts';
import { EXACT_LIMIT, exactDisjoint } from './exact.ts';
import { factsDisjoint } from './relations.ts';
import { type Choice, splitDisjoint } from './split.ts';
import type { CountRelations, Fact } from './types.ts';

export { factsDisjoint } from './relations.ts';

/** The facts whose values are summed (pairwise disjoint), and whether no other set sums to more. */
export function chooseDisjoint(facts: readonly Fact[], rel: CountRelations): Choice & { considered: number } {
  const reps = cellRepresentatives(facts);
  if (reps.length <= EXACT_LIMIT)
    return {
      facts: exactDisjoint(reps, (a, b) => factsDisjoint(a, b, rel)),
      exact: true,
      considered: reps.length,
    };
  return { ...splitDisjoint(reps, rel), considered: reps.length };
}

/** The facts whose values are summed: pairwise disjoint, largest total found. */
export function bestDisjoint(facts: readonly Fact[], rel: CountRelations): Fact[] {
  return chooseDisjoint(facts, rel).facts;
}
