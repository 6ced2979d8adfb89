/**
 * String distances for name skeletons: restricted Damerau–Levenshtein (typos:
 * one letter dropped, doubled, swapped or replaced) with an early exit.
 */

/**
 * Optimal-string-alignment distance between a and b, or max + 1 as soon as it
 * is certain to exceed max (the resolver only needs "within 1 or 2 edits").
 * Only the diagonal band |i - j| <= max can hold a cell within max, so only it
 * is computed: O(max · length) instead of O(length²).
 */
export function editDistance(a: string, b: string, max = 3): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  const over = max + 1;
  if (n + 1 > rows[0]!.length) for (let r = 0; r < 3; r++) rows[r] = new Int32Array(2 * (n + 1));
  // Three reused rows (two back for transpositions): this runs millions of times.
  let prev2 = rows[0]!;
  let prev = rows[1]!;
  let cur = rows[2]!;
  for (let j = 0; j <= n; j++) {
    prev[j] = j <= max ? j : over;
    prev2[j] = over;
  }
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(n, i + max);
    // Cells just outside the band read as "too far".
    cur[lo - 1] = lo === 1 ? (i <= max ? i : over) : over;
    if (hi < n) cur[hi + 1] = over;
    let rowMin = cur[lo - 1]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        v = Math.min(v, prev2[j - 2]! + 1);
      if (v > over) v = over;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return over;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[n]!, over);
}

const rows: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Edits tolerated as a typo for a word of this length: none for short words, two for long ones. */
export function typoBudget(length: number): number {
  if (length < 4) return 0;
  return length >= 8 ? 2 : 1;
}

/** True when a and b are within the typo budget of the shorter one. */
export function isTypo(a: string, b: string): boolean {
  const budget = typoBudget(Math.min(a.length, b.length));
  return budget > 0 && editDistance(a, b, budget) <= budget;
}
