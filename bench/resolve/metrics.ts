/**
 * Pairwise precision, recall and F1 of a clustering against the truth, counted
 * through the contingency table (pairs = Σ n(n-1)/2 per cell), so 1M mentions
 * cost one pass instead of n² comparisons.
 */

export interface PairwiseScores {
  truePairs: number;
  predPairs: number;
  bothPairs: number;
  P: number;
  R: number;
  F1: number;
}

function pairCount<K>(labels: Iterable<K>): number {
  const counts = new Map<K, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  let pairs = 0;
  for (const c of counts.values()) pairs += (c * (c - 1)) / 2;
  return pairs;
}

/** Scores predicted cluster labels against true person labels (same order). */
export function pairwiseScores(truth: readonly string[], pred: readonly string[]): PairwiseScores {
  const truePairs = pairCount(truth);
  const predPairs = pairCount(pred);
  const bothPairs = pairCount(truth.map((t, i) => `${t}\u0000${pred[i]}`));
  const P = predPairs ? bothPairs / predPairs : 1;
  const R = truePairs ? bothPairs / truePairs : 1;
  return { truePairs, predPairs, bothPairs, P, R, F1: P + R ? (2 * P * R) / (P + R) : 0 };
}
