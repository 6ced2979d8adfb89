/**
 * Which hidden numbers of a publication can be worked out exactly from what
 * is shown: the published numbers are tied by sums (a total equals the sum
 * of its parts, and one total may appear in several tables); a hidden number
 * is recoverable when some combination of those sums, adding and
 * subtracting published numbers, isolates it.
 *
 * Linear algebra, exact (integers as BigInt): write each sum as an equation
 * over the hidden numbers (the published ones move to the right-hand side),
 * bring the equations to reduced row echelon form; a hidden number is
 * determined exactly when some reduced row mentions it alone. Pure.
 */

/** value(total) = Σ value(parts); keys name cells of the publication. */
export interface SumConstraint {
  total: string;
  parts: readonly string[];
}

/** The hidden keys whose value follows from the constraints and the published values. */
export function determinedUnknowns(
  constraints: readonly SumConstraint[],
  hidden: ReadonlySet<string>,
): Set<string> {
  const columns = [...hidden];
  const index = new Map(columns.map((k, i) => [k, i]));
  const rows: bigint[][] = [];
  for (const c of constraints) {
    const row = new Array<bigint>(columns.length).fill(0n);
    const add = (key: string, coefficient: bigint) => {
      const i = index.get(key);
      if (i !== undefined) row[i] = row[i]! + coefficient;
    };
    add(c.total, 1n);
    for (const p of c.parts) add(p, -1n);
    if (row.some((v) => v !== 0n)) rows.push(row);
  }
  reduce(rows, columns.length);
  const determined = new Set<string>();
  for (const row of rows) {
    const nonzero = row.flatMap((v, i) => (v === 0n ? [] : [i]));
    if (nonzero.length === 1) determined.add(columns[nonzero[0]!]!);
  }
  return determined;
}

/** Reduced row echelon form in place (rows scaled by integers, not to a leading 1). */
function reduce(rows: bigint[][], width: number): void {
  let r = 0;
  for (let col = 0; col < width && r < rows.length; col++) {
    const p = rows.findIndex((row, i) => i >= r && row[col] !== 0n);
    if (p < 0) continue;
    [rows[r], rows[p]] = [rows[p]!, rows[r]!];
    const pivotRow = rows[r]!;
    const pivot = pivotRow[col]!;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const factor = row[col]!;
      if (i === r || factor === 0n) continue;
      rows[i] = simplify(row.map((v, j) => v * pivot - pivotRow[j]! * factor));
    }
    r++;
  }
}

function simplify(row: bigint[]): bigint[] {
  let g = 0n;
  for (const v of row) g = gcd(g, v < 0n ? -v : v);
  return g > 1n ? row.map((v) => v / g) : row;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
