/**
 * Frozen months of the public casework statistics. Pure.
 *
 * The public numbers cover complete months. Once a month has been published
 * its counts must never move: if a caseworker later opens a case, backdates a
 * call, changes a region or deletes a case, a reader comparing two
 * publications would otherwise see exactly which month, region or status
 * that one case touched. So the first publication that covers a month
 * freezes it: a row of raw counts (counts only) kept in the store
 * (snapshots.ts), and every later publication is put together from the rows.
 *
 * A row for month M holds, counted as of M's end (the cut-off M+1):
 * - M's own cells: cases opened, consultations and status changes in M;
 * - the state at that cut-off: the totals, the outcomes and the regions.
 * A publication at cut-off C shows every month's own cells from that
 * month's row, and the state from the row of the month before C. Suppression
 * (suppress.ts) then runs on this combined table, with the same sums as ever.
 *
 * After a later change the frozen months no longer add up exactly to the
 * state (a deleted case stays in the month it was opened). Declaring the
 * sums anyway is the safe side: suppression protects against a reader who
 * uses them as if exact, and he learns less than that.
 */
import type { SumConstraint } from './linear.ts';
import { sumConstraints, type Tally, type CaseworkFacts, tallyCasework } from './tally.ts';

/** The frozen counts of one month: cell key → raw (unsuppressed) count. */
export interface MonthCells {
  /** YYYY-MM (UTC) */
  month: string;
  cells: Record<string, number>;
}

const MONTH_CELLS = /^(?:opened|consult|change):(\d{4}-\d{2})(?::|$)/;

/** The month a cell belongs to ('2026-03' for 'opened:2026-03' or 'change:2026-03:detained'); null for state cells. */
export function cellMonth(key: string): string | null {
  return MONTH_CELLS.exec(key)?.[1] ?? null;
}

/** YYYY-MM of the month just before `cutoff` (the last complete month of a publication at `cutoff`). */
export function monthBefore(cutoff: Date): string {
  return new Date(cutoff.getTime() - 1).toISOString().slice(0, 7);
}

/** The first instant after `month` (its cut-off). */
export function monthEnd(month: string): Date {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1));
}

function nextMonth(month: string): string {
  return monthEnd(month).toISOString().slice(0, 7);
}

/**
 * The months a publication at `cutoff` must freeze: none when the last
 * complete month is frozen already; otherwise every month after the last
 * frozen one (or, the very first time, from the earliest month with a fact)
 * up to the last complete month. Months stay contiguous, so a month that was
 * published empty stays empty. Facts dated before the first frozen month are
 * left out of the month tables for good (they still count in the state).
 */
export function monthsToFreeze(frozen: readonly string[], earliest: string | null, cutoff: Date): string[] {
  const last = monthBefore(cutoff);
  if (frozen.includes(last)) return [];
  const latest = frozen
    .filter((m) => m < last)
    .sort()
    .at(-1);
  let month = latest ? nextMonth(latest) : (earliest ?? last);
  if (month > last) month = last;
  const months: string[] = [];
  for (; month <= last; month = nextMonth(month)) months.push(month);
  return months;
}

/** The earliest month any cell of `tally` belongs to, or null. */
export function earliestMonth(tally: Tally): string | null {
  let earliest: string | null = null;
  for (const [key, value] of tally.values) {
    const month = cellMonth(key);
    if (month && value > 0 && (earliest === null || month < earliest)) earliest = month;
  }
  return earliest;
}

/** The rows for `months`, each counted as of its own end: its own cells and the state at its cut-off. */
export function freezeMonths(facts: CaseworkFacts, months: readonly string[]): MonthCells[] {
  return months.map((month) => {
    const tally = tallyCasework(facts, monthEnd(month));
    const cells: Record<string, number> = {};
    for (const [key, value] of tally.values) {
      const of = cellMonth(key);
      if (of === null || of === month) cells[key] = value;
    }
    return { month, cells };
  });
}

/**
 * The cells of the publication at `cutoff` from the frozen rows: each month's
 * own cells from its row, the state from the latest row before `cutoff` (the
 * last complete month's, once it is frozen). Rows from `cutoff` on are ignored.
 */
export function combineMonths(rows: readonly MonthCells[], cutoff: Date): Tally {
  const last = monthBefore(cutoff);
  const held = rows.filter((r) => r.month <= last);
  const stateOf = held
    .map((r) => r.month)
    .sort()
    .at(-1);
  const values = new Map<string, number>([
    ['cases', 0],
    ['consultations', 0],
  ]);
  for (const row of held) {
    for (const [key, value] of Object.entries(row.cells)) {
      const of = cellMonth(key);
      if (of === row.month || (of === null && row.month === stateOf)) values.set(key, value);
    }
  }
  const constraints: SumConstraint[] = sumConstraints(values.keys());
  return { values, constraints };
}
