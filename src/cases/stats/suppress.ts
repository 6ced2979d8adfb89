/**
 * Small-cell suppression for the casework statistics. Pure.
 *
 * A count of 1 to 4 people could point at one family (in a small region, in
 * a quiet month), so it is not published: primary suppression. Hiding it is
 * not enough when a total is published too: total minus the other cells
 * gives it back. So more cells are hidden (complementary suppression) until
 * these hold, for every sum the publication shows (a total and its parts;
 * one total may be shared by several tables, e.g. all cases by region and
 * by status):
 *
 * 1. No hidden cell is determined by the sums and the published cells
 *    (exact linear algebra over the whole publication, linear.ts): neither
 *    by one subtraction nor by any combination of tables.
 * 2. In a sum whose total is published, the hidden parts together are not
 *    themselves a small count (at least the threshold), and leave each of
 *    them room to vary when every listed part is known to be at least 1
 *    (their sum exceeds their number): "two hidden cells, 2 in all" would
 *    be 1 and 1.
 *
 * The cell hidden next is the smallest listed non-zero part of the sums that
 * fail (a small loss of information), or a failing sum's total when it has
 * no part left to hide. If no such
 * cell is left, every non-zero cell is hidden (fail closed; with only zeros
 * published nothing can be recovered). Zeros are published: a category
 * absent from a table has no cases, and hiding a zero protects nobody.
 *
 * Limits: the attacker model is linear sums plus "each listed cell is at
 * least 1"; it does not bound cells by the threshold itself (knowing that a
 * primary cell is at most 4) nor compare publications made at different
 * times (the statistics are published for complete months only, which
 * limits that). Hidden cells are all marked alike, so a reader cannot tell
 * a small count from a complementary one.
 */
import { determinedUnknowns, type SumConstraint } from './linear.ts';

/** Counts under this (and over 0) are hidden. */
export const SUPPRESSION_THRESHOLD = 5;

/** The keys to hide among `values` (each cell's true count). */
export function suppressCells(
  values: ReadonlyMap<string, number>,
  constraints: readonly SumConstraint[],
  threshold = SUPPRESSION_THRESHOLD,
): Set<string> {
  const hidden = new Set([...values].filter(([, v]) => v > 0 && v < threshold).map(([k]) => k));
  const value = (k: string) => values.get(k) ?? 0;
  for (let round = 0; round <= values.size; round++) {
    const weak = weakSums(constraints, hidden, value, threshold);
    if (weak.length === 0) return hidden;
    const candidates = weak.map((c) => complement(c, hidden, value)).filter((k) => k !== null);
    const next = candidates.sort((a, b) => value(a) - value(b) || (a < b ? -1 : 1))[0];
    if (!next) break;
    hidden.add(next);
  }
  // Fail closed.
  for (const [k, v] of values) if (v > 0) hidden.add(k);
  return hidden;
}

/** The sums that still give something away, those of rule 2 first. */
function weakSums(
  constraints: readonly SumConstraint[],
  hidden: ReadonlySet<string>,
  value: (k: string) => number,
  threshold: number,
): SumConstraint[] {
  const weak = constraints.filter((c) => {
    if (hidden.has(c.total)) return false;
    const parts = c.parts.filter((p) => hidden.has(p));
    if (parts.length === 0) return false;
    const residual = parts.reduce((sum, p) => sum + value(p), 0);
    return residual < Math.max(threshold, parts.length + 1);
  });
  if (weak.length > 0) return weak;
  const determined = determinedUnknowns(constraints, hidden);
  return constraints.filter((c) => determined.has(c.total) || c.parts.some((p) => determined.has(p)));
}

/** The cell to hide next in `c`: its smallest published non-zero part, else its total; null if none is left. */
function complement(
  c: SumConstraint,
  hidden: ReadonlySet<string>,
  value: (k: string) => number,
): string | null {
  const open = c.parts
    .filter((p) => !hidden.has(p) && value(p) > 0)
    .sort((a, b) => value(a) - value(b) || (a < b ? -1 : 1));
  if (open[0]) return open[0];
  return !hidden.has(c.total) && value(c.total) > 0 ? c.total : null;
}
